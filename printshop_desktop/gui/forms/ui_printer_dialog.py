# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'printer_dialog.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PrinterDialog(object):
    def setupUi(self, PrinterDialog):
        if not PrinterDialog.objectName():
            PrinterDialog.setObjectName(u"PrinterDialog")
        PrinterDialog.resize(560, 560)
        self.dialogLayout = QVBoxLayout(PrinterDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.printerForm = QFormLayout()
        self.printerForm.setObjectName(u"printerForm")
        self.nameLabel = QLabel(PrinterDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.printerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PrinterDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.printerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.modelLabel = QLabel(PrinterDialog)
        self.modelLabel.setObjectName(u"modelLabel")

        self.printerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modelLabel)

        self.modelEdit = QLineEdit(PrinterDialog)
        self.modelEdit.setObjectName(u"modelEdit")

        self.printerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.modelEdit)

        self.buildLabel = QLabel(PrinterDialog)
        self.buildLabel.setObjectName(u"buildLabel")

        self.printerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.buildLabel)

        self.buildLayout = QHBoxLayout()
        self.buildLayout.setObjectName(u"buildLayout")
        self.buildXSpin = QDoubleSpinBox(PrinterDialog)
        self.buildXSpin.setObjectName(u"buildXSpin")
        self.buildXSpin.setMinimum(0.000000000000000)
        self.buildXSpin.setMaximum(2000.000000000000000)
        self.buildXSpin.setValue(250.000000000000000)
        self.buildXSpin.setDecimals(0)
        self.buildXSpin.setSingleStep(10.000000000000000)

        self.buildLayout.addWidget(self.buildXSpin)

        self.buildX = QLabel(PrinterDialog)
        self.buildX.setObjectName(u"buildX")

        self.buildLayout.addWidget(self.buildX)

        self.buildYSpin = QDoubleSpinBox(PrinterDialog)
        self.buildYSpin.setObjectName(u"buildYSpin")
        self.buildYSpin.setMinimum(0.000000000000000)
        self.buildYSpin.setMaximum(2000.000000000000000)
        self.buildYSpin.setValue(210.000000000000000)
        self.buildYSpin.setDecimals(0)
        self.buildYSpin.setSingleStep(10.000000000000000)

        self.buildLayout.addWidget(self.buildYSpin)

        self.buildY = QLabel(PrinterDialog)
        self.buildY.setObjectName(u"buildY")

        self.buildLayout.addWidget(self.buildY)

        self.buildZSpin = QDoubleSpinBox(PrinterDialog)
        self.buildZSpin.setObjectName(u"buildZSpin")
        self.buildZSpin.setMinimum(0.000000000000000)
        self.buildZSpin.setMaximum(2000.000000000000000)
        self.buildZSpin.setValue(220.000000000000000)
        self.buildZSpin.setDecimals(0)
        self.buildZSpin.setSingleStep(10.000000000000000)

        self.buildLayout.addWidget(self.buildZSpin)


        self.printerForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.buildLayout)

        self.nozzleLabel = QLabel(PrinterDialog)
        self.nozzleLabel.setObjectName(u"nozzleLabel")

        self.printerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nozzleLabel)

        self.nozzleSpin = QDoubleSpinBox(PrinterDialog)
        self.nozzleSpin.setObjectName(u"nozzleSpin")
        self.nozzleSpin.setMinimum(0.100000000000000)
        self.nozzleSpin.setMaximum(2.000000000000000)
        self.nozzleSpin.setValue(0.400000000000000)
        self.nozzleSpin.setDecimals(2)
        self.nozzleSpin.setSingleStep(0.050000000000000)

        self.printerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nozzleSpin)

        self.statusLabel = QLabel(PrinterDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.printerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(PrinterDialog)
        self.statusCombo.addItem("")
        self.statusCombo.addItem("")
        self.statusCombo.addItem("")
        self.statusCombo.addItem("")
        self.statusCombo.setObjectName(u"statusCombo")

        self.printerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.powerLabel = QLabel(PrinterDialog)
        self.powerLabel.setObjectName(u"powerLabel")

        self.printerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.powerLabel)

        self.powerSpin = QSpinBox(PrinterDialog)
        self.powerSpin.setObjectName(u"powerSpin")
        self.powerSpin.setMinimum(0)
        self.powerSpin.setMaximum(5000)
        self.powerSpin.setValue(120)

        self.printerForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.powerSpin)

        self.costLabel = QLabel(PrinterDialog)
        self.costLabel.setObjectName(u"costLabel")

        self.printerForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.costEdit = QLineEdit(PrinterDialog)
        self.costEdit.setObjectName(u"costEdit")

        self.printerForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.costEdit)

        self.slotsLabel = QLabel(PrinterDialog)
        self.slotsLabel.setObjectName(u"slotsLabel")

        self.printerForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.slotsLabel)

        self.slotSpin = QSpinBox(PrinterDialog)
        self.slotSpin.setObjectName(u"slotSpin")
        self.slotSpin.setMinimum(1)
        self.slotSpin.setMaximum(16)
        self.slotSpin.setValue(1)

        self.printerForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.slotSpin)


        self.dialogLayout.addLayout(self.printerForm)

        self.slotsHint = QLabel(PrinterDialog)
        self.slotsHint.setObjectName(u"slotsHint")
        self.slotsHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.slotsHint)

        self.slotTable = QTableWidget(PrinterDialog)
        self.slotTable.setObjectName(u"slotTable")
        self.slotTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.slotTable.setAlternatingRowColors(True)
        self.slotTable.horizontalHeader().setStretchLastSection(True)
        self.slotTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.slotTable)

        self.errorLabel = QLabel(PrinterDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PrinterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.modelLabel.setBuddy(self.modelEdit)
        self.nozzleLabel.setBuddy(self.nozzleSpin)
        self.statusLabel.setBuddy(self.statusCombo)
        self.powerLabel.setBuddy(self.powerSpin)
        self.costLabel.setBuddy(self.costEdit)
        self.slotsLabel.setBuddy(self.slotSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrinterDialog)
    # setupUi

    def retranslateUi(self, PrinterDialog):
        PrinterDialog.setWindowTitle(QCoreApplication.translate("PrinterDialog", u"Printer", None))
        self.nameLabel.setText(QCoreApplication.translate("PrinterDialog", u"&Name:", None))
        self.modelLabel.setText(QCoreApplication.translate("PrinterDialog", u"&Model:", None))
        self.modelEdit.setPlaceholderText(QCoreApplication.translate("PrinterDialog", u"e.g. Prusa MK4S", None))
        self.buildLabel.setText(QCoreApplication.translate("PrinterDialog", u"Build volume:", None))
        self.buildXSpin.setSuffix(QCoreApplication.translate("PrinterDialog", u" mm", None))
        self.buildX.setText(QCoreApplication.translate("PrinterDialog", u"\u00d7", None))
        self.buildYSpin.setSuffix(QCoreApplication.translate("PrinterDialog", u" mm", None))
        self.buildY.setText(QCoreApplication.translate("PrinterDialog", u"\u00d7", None))
        self.buildZSpin.setSuffix(QCoreApplication.translate("PrinterDialog", u" mm", None))
        self.nozzleLabel.setText(QCoreApplication.translate("PrinterDialog", u"N&ozzle:", None))
        self.nozzleSpin.setSuffix(QCoreApplication.translate("PrinterDialog", u" mm", None))
        self.statusLabel.setText(QCoreApplication.translate("PrinterDialog", u"&Status:", None))
        self.statusCombo.setItemText(0, QCoreApplication.translate("PrinterDialog", u"Idle", None))
        self.statusCombo.setItemText(1, QCoreApplication.translate("PrinterDialog", u"Printing", None))
        self.statusCombo.setItemText(2, QCoreApplication.translate("PrinterDialog", u"Maintenance", None))
        self.statusCombo.setItemText(3, QCoreApplication.translate("PrinterDialog", u"Offline", None))

        self.powerLabel.setText(QCoreApplication.translate("PrinterDialog", u"&Power draw:", None))
        self.powerSpin.setSuffix(QCoreApplication.translate("PrinterDialog", u" W", None))
        self.costLabel.setText(QCoreApplication.translate("PrinterDialog", u"&Hourly cost:", None))
        self.costEdit.setPlaceholderText(QCoreApplication.translate("PrinterDialog", u"0.00 (wear and depreciation per hour)", None))
        self.slotsLabel.setText(QCoreApplication.translate("PrinterDialog", u"&Tool slots:", None))
        self.slotsHint.setText(QCoreApplication.translate("PrinterDialog", u"Filament loaded in each tool slot (the start checks and the spool suggestions use it):", None))
        self.errorLabel.setText("")
    # retranslateUi

