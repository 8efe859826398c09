# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'job_start_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_JobStartDialog(object):
    def setupUi(self, JobStartDialog):
        if not JobStartDialog.objectName():
            JobStartDialog.setObjectName(u"JobStartDialog")
        JobStartDialog.resize(560, 420)
        self.dialogLayout = QVBoxLayout(JobStartDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.jobLabel = QLabel(JobStartDialog)
        self.jobLabel.setObjectName(u"jobLabel")
        self.jobLabel.setWordWrap(True)
        font = QFont()
        font.setBold(True)
        self.jobLabel.setFont(font)

        self.dialogLayout.addWidget(self.jobLabel)

        self.startForm = QFormLayout()
        self.startForm.setObjectName(u"startForm")
        self.printerLabel = QLabel(JobStartDialog)
        self.printerLabel.setObjectName(u"printerLabel")

        self.startForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.printerLabel)

        self.printerCombo = QComboBox(JobStartDialog)
        self.printerCombo.setObjectName(u"printerCombo")

        self.startForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.printerCombo)


        self.dialogLayout.addLayout(self.startForm)

        self.problemsTitle = QLabel(JobStartDialog)
        self.problemsTitle.setObjectName(u"problemsTitle")
        self.problemsTitle.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemsTitle)

        self.problemList = QListWidget(JobStartDialog)
        self.problemList.setObjectName(u"problemList")
        self.problemList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.problemList.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemList)

        self.overrideHint = QLabel(JobStartDialog)
        self.overrideHint.setObjectName(u"overrideHint")
        self.overrideHint.setWordWrap(True)
        self.overrideHint.setStyleSheet(u"color: #5f6368;")

        self.dialogLayout.addWidget(self.overrideHint)

        self.reasonEdit = QLineEdit(JobStartDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.dialogLayout.addWidget(self.reasonEdit)

        self.errorLabel = QLabel(JobStartDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(JobStartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.printerLabel.setBuddy(self.printerCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JobStartDialog)
    # setupUi

    def retranslateUi(self, JobStartDialog):
        JobStartDialog.setWindowTitle(QCoreApplication.translate("JobStartDialog", u"Start print", None))
        self.jobLabel.setText("")
        self.printerLabel.setText(QCoreApplication.translate("JobStartDialog", u"&Printer:", None))
        self.problemsTitle.setText(QCoreApplication.translate("JobStartDialog", u"Before this job starts:", None))
        self.overrideHint.setText(QCoreApplication.translate("JobStartDialog", u"Tick each problem you accept and say why; the reason is kept with the job.", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("JobStartDialog", u"Reason to start anyway (e.g. the spool was weighed this morning)", None))
        self.errorLabel.setText("")
    # retranslateUi

