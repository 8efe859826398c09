# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(520, 380)
        self.dialogLayout = QVBoxLayout(EventDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.eventForm = QFormLayout()
        self.eventForm.setObjectName(u"eventForm")
        self.nameLabel = QLabel(EventDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.eventForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(EventDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.eventForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.datesLabel = QLabel(EventDialog)
        self.datesLabel.setObjectName(u"datesLabel")

        self.eventForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.startEdit = QDateEdit(EventDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.startEdit)

        self.toLabel = QLabel(EventDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.datesLayout.addWidget(self.toLabel)

        self.endEdit = QDateEdit(EventDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.endEdit)

        self.datesSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesLayout.addItem(self.datesSpacer)


        self.eventForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.venueLabel = QLabel(EventDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.eventForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(EventDialog)
        self.venueEdit.setObjectName(u"venueEdit")
        self.venueEdit.setMaxLength(300)

        self.eventForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.feeLabel = QLabel(EventDialog)
        self.feeLabel.setObjectName(u"feeLabel")

        self.eventForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.feeLabel)

        self.feeEdit = QLineEdit(EventDialog)
        self.feeEdit.setObjectName(u"feeEdit")

        self.eventForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.feeEdit)

        self.tagsLabel = QLabel(EventDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.eventForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(EventDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.eventForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.notesLabel = QLabel(EventDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.eventForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(EventDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.eventForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.eventForm)

        self.errorLabel = QLabel(EventDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.datesLabel.setBuddy(self.startEdit)
        self.venueLabel.setBuddy(self.venueEdit)
        self.feeLabel.setBuddy(self.feeEdit)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Market event", None))
        self.nameLabel.setText(QCoreApplication.translate("EventDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"e.g. Christmas Craft Fair", None))
        self.datesLabel.setText(QCoreApplication.translate("EventDialog", u"&Dates:", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("EventDialog", u"d MMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("EventDialog", u"to", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("EventDialog", u"d MMM yyyy", None))
        self.venueLabel.setText(QCoreApplication.translate("EventDialog", u"&Venue:", None))
        self.feeLabel.setText(QCoreApplication.translate("EventDialog", u"Stall &fee:", None))
        self.feeEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"0.00", None))
        self.tagsLabel.setText(QCoreApplication.translate("EventDialog", u"&Theme tags:", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"christmas, winter (products with these tags are suggested)", None))
        self.notesLabel.setText(QCoreApplication.translate("EventDialog", u"N&otes:", None))
        self.errorLabel.setText("")
    # retranslateUi

