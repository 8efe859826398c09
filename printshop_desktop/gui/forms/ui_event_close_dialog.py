# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_close_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_EventCloseDialog(object):
    def setupUi(self, EventCloseDialog):
        if not EventCloseDialog.objectName():
            EventCloseDialog.setObjectName(u"EventCloseDialog")
        EventCloseDialog.resize(820, 560)
        self.dialogLayout = QVBoxLayout(EventCloseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.hintLabel = QLabel(EventCloseDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.closeTable = QTableWidget(EventCloseDialog)
        self.closeTable.setObjectName(u"closeTable")
        self.closeTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.closeTable.setAlternatingRowColors(True)
        self.closeTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.closeTable)

        self.reasonForm = QFormLayout()
        self.reasonForm.setObjectName(u"reasonForm")
        self.reasonLabel = QLabel(EventCloseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(EventCloseDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.reasonForm)

        self.summaryLabel = QLabel(EventCloseDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        font = QFont()
        font.setBold(True)
        self.summaryLabel.setFont(font)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.errorLabel = QLabel(EventCloseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EventCloseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventCloseDialog)
    # setupUi

    def retranslateUi(self, EventCloseDialog):
        EventCloseDialog.setWindowTitle(QCoreApplication.translate("EventCloseDialog", u"Close and reconcile", None))
        self.hintLabel.setText(QCoreApplication.translate("EventCloseDialog", u"Count what came back. Expected sold = packed \u2212 returned \u2212 damaged; any difference to the sales recorded becomes a stock adjustment with the reason below.", None))
        self.reasonLabel.setText(QCoreApplication.translate("EventCloseDialog", u"&Reason for differences:", None))
        self.reasonEdit.setText(QCoreApplication.translate("EventCloseDialog", u"unrecorded sales or loss, found at reconciliation", None))
        self.summaryLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

