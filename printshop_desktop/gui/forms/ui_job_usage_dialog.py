# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'job_usage_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QSlider,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_JobUsageDialog(object):
    def setupUi(self, JobUsageDialog):
        if not JobUsageDialog.objectName():
            JobUsageDialog.setObjectName(u"JobUsageDialog")
        JobUsageDialog.resize(640, 440)
        self.dialogLayout = QVBoxLayout(JobUsageDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.jobLabel = QLabel(JobUsageDialog)
        self.jobLabel.setObjectName(u"jobLabel")
        self.jobLabel.setWordWrap(True)
        font = QFont()
        font.setBold(True)
        self.jobLabel.setFont(font)

        self.dialogLayout.addWidget(self.jobLabel)

        self.usageForm = QFormLayout()
        self.usageForm.setObjectName(u"usageForm")
        self.copiesLabel = QLabel(JobUsageDialog)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.usageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.copiesLabel)

        self.copiesSpin = QSpinBox(JobUsageDialog)
        self.copiesSpin.setObjectName(u"copiesSpin")
        self.copiesSpin.setMinimum(0)
        self.copiesSpin.setMaximum(999)
        self.copiesSpin.setValue(1)

        self.usageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.copiesSpin)

        self.shareLabel = QLabel(JobUsageDialog)
        self.shareLabel.setObjectName(u"shareLabel")

        self.usageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shareLabel)

        self.shareLayout = QHBoxLayout()
        self.shareLayout.setObjectName(u"shareLayout")
        self.shareSlider = QSlider(JobUsageDialog)
        self.shareSlider.setObjectName(u"shareSlider")
        self.shareSlider.setOrientation(Qt.Orientation.Horizontal)
        self.shareSlider.setMaximum(100)
        self.shareSlider.setValue(50)

        self.shareLayout.addWidget(self.shareSlider)

        self.shareSpin = QSpinBox(JobUsageDialog)
        self.shareSpin.setObjectName(u"shareSpin")
        self.shareSpin.setMinimum(0)
        self.shareSpin.setMaximum(100)
        self.shareSpin.setValue(50)

        self.shareLayout.addWidget(self.shareSpin)


        self.usageForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.shareLayout)

        self.reasonLabel = QLabel(JobUsageDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.usageForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(JobUsageDialog)
        self.reasonCombo.addItem("")
        self.reasonCombo.addItem("")
        self.reasonCombo.addItem("")
        self.reasonCombo.addItem("")
        self.reasonCombo.addItem("")
        self.reasonCombo.addItem("")
        self.reasonCombo.addItem("")
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)

        self.usageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonCombo)


        self.dialogLayout.addLayout(self.usageForm)

        self.usageHint = QLabel(JobUsageDialog)
        self.usageHint.setObjectName(u"usageHint")
        self.usageHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.usageHint)

        self.usageTable = QTableWidget(JobUsageDialog)
        self.usageTable.setObjectName(u"usageTable")
        self.usageTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.usageTable.setAlternatingRowColors(True)
        self.usageTable.horizontalHeader().setStretchLastSection(False)
        self.usageTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.usageTable)

        self.totalLabel = QLabel(JobUsageDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setStyleSheet(u"color: #5f6368;")

        self.dialogLayout.addWidget(self.totalLabel)

        self.errorLabel = QLabel(JobUsageDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(JobUsageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.copiesLabel.setBuddy(self.copiesSpin)
        self.shareLabel.setBuddy(self.shareSpin)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JobUsageDialog)
    # setupUi

    def retranslateUi(self, JobUsageDialog):
        JobUsageDialog.setWindowTitle(QCoreApplication.translate("JobUsageDialog", u"Finish print", None))
        self.jobLabel.setText("")
        self.copiesLabel.setText(QCoreApplication.translate("JobUsageDialog", u"&Copies made:", None))
        self.shareLabel.setText(QCoreApplication.translate("JobUsageDialog", u"&Share printed:", None))
        self.shareSpin.setSuffix(QCoreApplication.translate("JobUsageDialog", u" %", None))
        self.reasonLabel.setText(QCoreApplication.translate("JobUsageDialog", u"&What went wrong:", None))
        self.reasonCombo.setItemText(0, "")
        self.reasonCombo.setItemText(1, QCoreApplication.translate("JobUsageDialog", u"Spaghetti (lost adhesion)", None))
        self.reasonCombo.setItemText(2, QCoreApplication.translate("JobUsageDialog", u"Warped corners", None))
        self.reasonCombo.setItemText(3, QCoreApplication.translate("JobUsageDialog", u"Clogged nozzle", None))
        self.reasonCombo.setItemText(4, QCoreApplication.translate("JobUsageDialog", u"Layer shift", None))
        self.reasonCombo.setItemText(5, QCoreApplication.translate("JobUsageDialog", u"Ran out of filament", None))
        self.reasonCombo.setItemText(6, QCoreApplication.translate("JobUsageDialog", u"Power cut", None))

        self.usageHint.setText(QCoreApplication.translate("JobUsageDialog", u"Filament used, per spool (from the sliced file; weigh the spool if unsure):", None))
        self.totalLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

