# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'job_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_JobDialog(object):
    def setupUi(self, JobDialog):
        if not JobDialog.objectName():
            JobDialog.setObjectName(u"JobDialog")
        JobDialog.resize(520, 420)
        self.dialogLayout = QVBoxLayout(JobDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.jobForm = QFormLayout()
        self.jobForm.setObjectName(u"jobForm")
        self.variantLabel = QLabel(JobDialog)
        self.variantLabel.setObjectName(u"variantLabel")

        self.jobForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.variantLabel)

        self.variantCombo = QComboBox(JobDialog)
        self.variantCombo.setObjectName(u"variantCombo")
        self.variantCombo.setEditable(True)
        self.variantCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.jobForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.variantCombo)

        self.slicedLabel = QLabel(JobDialog)
        self.slicedLabel.setObjectName(u"slicedLabel")
        self.slicedLabel.setWordWrap(True)
        self.slicedLabel.setStyleSheet(u"color: #5f6368;")

        self.jobForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.slicedLabel)

        self.copiesLabel = QLabel(JobDialog)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.jobForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.copiesLabel)

        self.copiesSpin = QSpinBox(JobDialog)
        self.copiesSpin.setObjectName(u"copiesSpin")
        self.copiesSpin.setMinimum(1)
        self.copiesSpin.setMaximum(999)
        self.copiesSpin.setValue(1)

        self.jobForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.copiesSpin)

        self.priorityLabel = QLabel(JobDialog)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.jobForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priorityCombo = QComboBox(JobDialog)
        self.priorityCombo.addItem("")
        self.priorityCombo.addItem("")
        self.priorityCombo.addItem("")
        self.priorityCombo.addItem("")
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.jobForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.dueLabel = QLabel(JobDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.jobForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueCheck = QCheckBox(JobDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.dueLayout.addWidget(self.dueCheck)

        self.dueEdit = QDateTimeEdit(JobDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setEnabled(False)

        self.dueLayout.addWidget(self.dueEdit)

        self.dueSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueSpacer)


        self.jobForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.dueLayout)

        self.eventLabel = QLabel(JobDialog)
        self.eventLabel.setObjectName(u"eventLabel")

        self.jobForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.eventLabel)

        self.eventCombo = QComboBox(JobDialog)
        self.eventCombo.setObjectName(u"eventCombo")

        self.jobForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.eventCombo)

        self.printerLabel = QLabel(JobDialog)
        self.printerLabel.setObjectName(u"printerLabel")

        self.jobForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.printerLabel)

        self.printerCombo = QComboBox(JobDialog)
        self.printerCombo.setObjectName(u"printerCombo")

        self.jobForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.printerCombo)

        self.notesLabel = QLabel(JobDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.jobForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(JobDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.jobForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.jobForm)

        self.errorLabel = QLabel(JobDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(JobDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.variantLabel.setBuddy(self.variantCombo)
        self.copiesLabel.setBuddy(self.copiesSpin)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.dueLabel.setBuddy(self.dueCheck)
        self.eventLabel.setBuddy(self.eventCombo)
        self.printerLabel.setBuddy(self.printerCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JobDialog)
    # setupUi

    def retranslateUi(self, JobDialog):
        JobDialog.setWindowTitle(QCoreApplication.translate("JobDialog", u"Print job", None))
        self.variantLabel.setText(QCoreApplication.translate("JobDialog", u"&Variant:", None))
        self.slicedLabel.setText("")
        self.copiesLabel.setText(QCoreApplication.translate("JobDialog", u"&Copies:", None))
        self.priorityLabel.setText(QCoreApplication.translate("JobDialog", u"P&riority:", None))
        self.priorityCombo.setItemText(0, QCoreApplication.translate("JobDialog", u"Urgent", None))
        self.priorityCombo.setItemText(1, QCoreApplication.translate("JobDialog", u"High", None))
        self.priorityCombo.setItemText(2, QCoreApplication.translate("JobDialog", u"Normal", None))
        self.priorityCombo.setItemText(3, QCoreApplication.translate("JobDialog", u"Low", None))

        self.dueLabel.setText(QCoreApplication.translate("JobDialog", u"&Due:", None))
        self.dueCheck.setText(QCoreApplication.translate("JobDialog", u"by", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("JobDialog", u"d MMM yyyy HH:mm", None))
        self.eventLabel.setText(QCoreApplication.translate("JobDialog", u"For &event:", None))
        self.printerLabel.setText(QCoreApplication.translate("JobDialog", u"&Printer:", None))
        self.notesLabel.setText(QCoreApplication.translate("JobDialog", u"&Notes:", None))
        self.errorLabel.setText("")
    # retranslateUi

