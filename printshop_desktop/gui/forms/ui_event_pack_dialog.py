# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_pack_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_EventPackDialog(object):
    def setupUi(self, EventPackDialog):
        if not EventPackDialog.objectName():
            EventPackDialog.setObjectName(u"EventPackDialog")
        EventPackDialog.resize(640, 520)
        self.dialogLayout = QVBoxLayout(EventPackDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(EventPackDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.packTable = QTableWidget(EventPackDialog)
        self.packTable.setObjectName(u"packTable")
        self.packTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.packTable.setAlternatingRowColors(True)
        self.packTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.packTable)

        self.packButtons = QHBoxLayout()
        self.packButtons.setObjectName(u"packButtons")
        self.fillButton = QPushButton(EventPackDialog)
        self.fillButton.setObjectName(u"fillButton")

        self.packButtons.addWidget(self.fillButton)

        self.zeroButton = QPushButton(EventPackDialog)
        self.zeroButton.setObjectName(u"zeroButton")

        self.packButtons.addWidget(self.zeroButton)

        self.packSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.packButtons.addItem(self.packSpacer)

        self.totalLabel = QLabel(EventPackDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setStyleSheet(u"color: #5f6368;")

        self.packButtons.addWidget(self.totalLabel)


        self.dialogLayout.addLayout(self.packButtons)

        self.errorLabel = QLabel(EventPackDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EventPackDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(EventPackDialog)
    # setupUi

    def retranslateUi(self, EventPackDialog):
        EventPackDialog.setWindowTitle(QCoreApplication.translate("EventPackDialog", u"Pack for the event", None))
        self.hintLabel.setText(QCoreApplication.translate("EventPackDialog", u"Count what goes into the crates. Each unit packed moves from the workshop to the event.", None))
        self.fillButton.setText(QCoreApplication.translate("EventPackDialog", u"Pack what is planned", None))
        self.zeroButton.setText(QCoreApplication.translate("EventPackDialog", u"Clear", None))
        self.totalLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

