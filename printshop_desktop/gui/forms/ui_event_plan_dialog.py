# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_plan_dialog.ui'
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
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_EventPlanDialog(object):
    def setupUi(self, EventPlanDialog):
        if not EventPlanDialog.objectName():
            EventPlanDialog.setObjectName(u"EventPlanDialog")
        EventPlanDialog.resize(680, 620)
        self.dialogLayout = QVBoxLayout(EventPlanDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(EventPlanDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        font = QFont()
        font.setBold(True)
        self.summaryLabel.setFont(font)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.jobsTitle = QLabel(EventPlanDialog)
        self.jobsTitle.setObjectName(u"jobsTitle")
        self.jobsTitle.setFont(font)

        self.dialogLayout.addWidget(self.jobsTitle)

        self.jobTable = QTableWidget(EventPlanDialog)
        self.jobTable.setObjectName(u"jobTable")
        self.jobTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.jobTable.setAlternatingRowColors(True)
        self.jobTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.jobTable)

        self.notesLabel = QLabel(EventPlanDialog)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)
        self.notesLabel.setStyleSheet(u"color: #b06000;")

        self.dialogLayout.addWidget(self.notesLabel)

        self.filamentTitle = QLabel(EventPlanDialog)
        self.filamentTitle.setObjectName(u"filamentTitle")
        self.filamentTitle.setFont(font)

        self.dialogLayout.addWidget(self.filamentTitle)

        self.filamentTable = QTableWidget(EventPlanDialog)
        self.filamentTable.setObjectName(u"filamentTable")
        self.filamentTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.filamentTable.setAlternatingRowColors(True)
        self.filamentTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.filamentTable)

        self.shoppingTitleLayout = QHBoxLayout()
        self.shoppingTitleLayout.setObjectName(u"shoppingTitleLayout")
        self.shoppingTitle = QLabel(EventPlanDialog)
        self.shoppingTitle.setObjectName(u"shoppingTitle")
        self.shoppingTitle.setFont(font)

        self.shoppingTitleLayout.addWidget(self.shoppingTitle)

        self.shoppingSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shoppingTitleLayout.addItem(self.shoppingSpacer)

        self.copyButton = QPushButton(EventPlanDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.shoppingTitleLayout.addWidget(self.copyButton)


        self.dialogLayout.addLayout(self.shoppingTitleLayout)

        self.shoppingEdit = QPlainTextEdit(EventPlanDialog)
        self.shoppingEdit.setObjectName(u"shoppingEdit")
        self.shoppingEdit.setReadOnly(True)
        self.shoppingEdit.setMaximumSize(QSize(16777215, 90))

        self.dialogLayout.addWidget(self.shoppingEdit)

        self.errorLabel = QLabel(EventPlanDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EventPlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(EventPlanDialog)
    # setupUi

    def retranslateUi(self, EventPlanDialog):
        EventPlanDialog.setWindowTitle(QCoreApplication.translate("EventPlanDialog", u"Plan production", None))
        self.summaryLabel.setText("")
        self.jobsTitle.setText(QCoreApplication.translate("EventPlanDialog", u"Print jobs to queue", None))
        self.notesLabel.setText("")
        self.filamentTitle.setText(QCoreApplication.translate("EventPlanDialog", u"Filament for these and every other queued job", None))
        self.shoppingTitle.setText(QCoreApplication.translate("EventPlanDialog", u"Shopping list", None))
        self.copyButton.setText(QCoreApplication.translate("EventPlanDialog", u"Copy", None))
        self.errorLabel.setText("")
    # retranslateUi

