# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_terminal_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_EventTerminalDialog(object):
    def setupUi(self, EventTerminalDialog):
        if not EventTerminalDialog.objectName():
            EventTerminalDialog.setObjectName(u"EventTerminalDialog")
        EventTerminalDialog.resize(880, 560)
        self.dialogLayout = QVBoxLayout(EventTerminalDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(EventTerminalDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.chooseButton = QPushButton(EventTerminalDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileLayout.addWidget(self.chooseButton)

        self.fileLabel = QLabel(EventTerminalDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setStyleSheet(u"color: #5f6368;")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileLayout.addItem(self.fileSpacer)


        self.dialogLayout.addLayout(self.fileLayout)

        self.lineTable = QTableWidget(EventTerminalDialog)
        self.lineTable.setObjectName(u"lineTable")
        self.lineTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lineTable.setAlternatingRowColors(True)
        self.lineTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.lineTable)

        self.summaryLabel = QLabel(EventTerminalDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.errorLabel = QLabel(EventTerminalDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.terminalButtons = QHBoxLayout()
        self.terminalButtons.setObjectName(u"terminalButtons")
        self.terminalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.terminalButtons.addItem(self.terminalSpacer)

        self.recordButton = QPushButton(EventTerminalDialog)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setEnabled(False)

        self.terminalButtons.addWidget(self.recordButton)

        self.doneButton = QPushButton(EventTerminalDialog)
        self.doneButton.setObjectName(u"doneButton")

        self.terminalButtons.addWidget(self.doneButton)


        self.dialogLayout.addLayout(self.terminalButtons)


        self.retranslateUi(EventTerminalDialog)
    # setupUi

    def retranslateUi(self, EventTerminalDialog):
        EventTerminalDialog.setWindowTitle(QCoreApplication.translate("EventTerminalDialog", u"Card terminal sales", None))
        self.hintLabel.setText(QCoreApplication.translate("EventTerminalDialog", u"Import the card terminal's sales export (Square, SumUp, \u2026: item, quantity, amount, time) to check it against the sales recorded at the stall.", None))
        self.chooseButton.setText(QCoreApplication.translate("EventTerminalDialog", u"Choose file\u2026", None))
        self.fileLabel.setText(QCoreApplication.translate("EventTerminalDialog", u"No file chosen.", None))
        self.summaryLabel.setText("")
        self.errorLabel.setText("")
        self.recordButton.setText(QCoreApplication.translate("EventTerminalDialog", u"Record missing card sales", None))
        self.doneButton.setText(QCoreApplication.translate("EventTerminalDialog", u"Close", None))
    # retranslateUi

