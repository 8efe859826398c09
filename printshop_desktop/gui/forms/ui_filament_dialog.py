# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'filament_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_FilamentDialog(object):
    def setupUi(self, FilamentDialog):
        if not FilamentDialog.objectName():
            FilamentDialog.setObjectName(u"FilamentDialog")
        FilamentDialog.resize(480, 420)
        self.dialogLayout = QVBoxLayout(FilamentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(FilamentDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.brandLabel = QLabel(FilamentDialog)
        self.brandLabel.setObjectName(u"brandLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.brandLabel)

        self.brandCombo = QComboBox(FilamentDialog)
        self.brandCombo.setObjectName(u"brandCombo")
        self.brandCombo.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.brandCombo)

        self.materialLabel = QLabel(FilamentDialog)
        self.materialLabel.setObjectName(u"materialLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.materialLabel)

        self.materialCombo = QComboBox(FilamentDialog)
        self.materialCombo.setObjectName(u"materialCombo")
        self.materialCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.materialCombo)

        self.colourNameLabel = QLabel(FilamentDialog)
        self.colourNameLabel.setObjectName(u"colourNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.colourNameLabel)

        self.colourNameEdit = QLineEdit(FilamentDialog)
        self.colourNameEdit.setObjectName(u"colourNameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.colourNameEdit)

        self.colourHexLabel = QLabel(FilamentDialog)
        self.colourHexLabel.setObjectName(u"colourHexLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.colourHexLabel)

        self.colourRow = QHBoxLayout()
        self.colourRow.setObjectName(u"colourRow")
        self.colourHexEdit = QLineEdit(FilamentDialog)
        self.colourHexEdit.setObjectName(u"colourHexEdit")
        self.colourHexEdit.setMaxLength(9)

        self.colourRow.addWidget(self.colourHexEdit)

        self.swatchLabel = QLabel(FilamentDialog)
        self.swatchLabel.setObjectName(u"swatchLabel")
        self.swatchLabel.setMinimumSize(QSize(22, 22))
        self.swatchLabel.setMaximumSize(QSize(22, 22))
        self.swatchLabel.setFrameShape(QFrame.Shape.Box)

        self.colourRow.addWidget(self.swatchLabel)

        self.colourButton = QPushButton(FilamentDialog)
        self.colourButton.setObjectName(u"colourButton")
        self.colourButton.setAutoDefault(False)

        self.colourRow.addWidget(self.colourButton)

        self.colourSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.colourRow.addItem(self.colourSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.colourRow)

        self.diameterLabel = QLabel(FilamentDialog)
        self.diameterLabel.setObjectName(u"diameterLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.diameterLabel)

        self.diameterSpin = QDoubleSpinBox(FilamentDialog)
        self.diameterSpin.setObjectName(u"diameterSpin")
        self.diameterSpin.setDecimals(2)
        self.diameterSpin.setMaximum(5.000000000000000)
        self.diameterSpin.setSingleStep(0.050000000000000)
        self.diameterSpin.setValue(1.750000000000000)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.diameterSpin)

        self.densityLabel = QLabel(FilamentDialog)
        self.densityLabel.setObjectName(u"densityLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.densityLabel)

        self.densitySpin = QDoubleSpinBox(FilamentDialog)
        self.densitySpin.setObjectName(u"densitySpin")
        self.densitySpin.setDecimals(2)
        self.densitySpin.setMaximum(5.000000000000000)
        self.densitySpin.setSingleStep(0.010000000000000)
        self.densitySpin.setValue(1.240000000000000)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.densitySpin)

        self.priceLabel = QLabel(FilamentDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(FilamentDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.reorderLabel = QLabel(FilamentDialog)
        self.reorderLabel.setObjectName(u"reorderLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reorderLabel)

        self.reorderSpin = QSpinBox(FilamentDialog)
        self.reorderSpin.setObjectName(u"reorderSpin")
        self.reorderSpin.setMaximum(1000000)
        self.reorderSpin.setSingleStep(250)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reorderSpin)

        self.supplierLabel = QLabel(FilamentDialog)
        self.supplierLabel.setObjectName(u"supplierLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.supplierLabel)

        self.supplierEdit = QLineEdit(FilamentDialog)
        self.supplierEdit.setObjectName(u"supplierEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.supplierEdit)


        self.dialogLayout.addLayout(self.form)

        self.generalError = QLabel(FilamentDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(FilamentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.brandLabel.setBuddy(self.brandCombo)
        self.materialLabel.setBuddy(self.materialCombo)
        self.colourNameLabel.setBuddy(self.colourNameEdit)
        self.colourHexLabel.setBuddy(self.colourHexEdit)
        self.diameterLabel.setBuddy(self.diameterSpin)
        self.densityLabel.setBuddy(self.densitySpin)
        self.priceLabel.setBuddy(self.priceEdit)
        self.reorderLabel.setBuddy(self.reorderSpin)
        self.supplierLabel.setBuddy(self.supplierEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FilamentDialog)
    # setupUi

    def retranslateUi(self, FilamentDialog):
        FilamentDialog.setWindowTitle(QCoreApplication.translate("FilamentDialog", u"Filament", None))
        self.introLabel.setText(QCoreApplication.translate("FilamentDialog", u"A filament line you buy. Its stock comes from spools and sealed grams, never from this form.", None))
        self.brandLabel.setText(QCoreApplication.translate("FilamentDialog", u"&Brand:", None))
        self.materialLabel.setText(QCoreApplication.translate("FilamentDialog", u"&Material:", None))
        self.colourNameLabel.setText(QCoreApplication.translate("FilamentDialog", u"Colour &name:", None))
        self.colourNameEdit.setPlaceholderText(QCoreApplication.translate("FilamentDialog", u"Galaxy Black", None))
        self.colourHexLabel.setText(QCoreApplication.translate("FilamentDialog", u"Colour &code:", None))
        self.colourHexEdit.setPlaceholderText(QCoreApplication.translate("FilamentDialog", u"#1A2B3C", None))
        self.colourButton.setText(QCoreApplication.translate("FilamentDialog", u"P&ick\u2026", None))
        self.diameterLabel.setText(QCoreApplication.translate("FilamentDialog", u"&Diameter:", None))
        self.diameterSpin.setSuffix(QCoreApplication.translate("FilamentDialog", u" mm", None))
        self.densityLabel.setText(QCoreApplication.translate("FilamentDialog", u"D&ensity:", None))
        self.densitySpin.setSuffix(QCoreApplication.translate("FilamentDialog", u" g/cm\u00b3", None))
        self.priceLabel.setText(QCoreApplication.translate("FilamentDialog", u"&Price per kg:", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("FilamentDialog", u"24.99", None))
        self.reorderLabel.setText(QCoreApplication.translate("FilamentDialog", u"&Reorder at:", None))
        self.reorderSpin.setSuffix(QCoreApplication.translate("FilamentDialog", u" g", None))
        self.reorderSpin.setSpecialValueText(QCoreApplication.translate("FilamentDialog", u"no reorder level", None))
#if QT_CONFIG(tooltip)
        self.reorderSpin.setToolTip(QCoreApplication.translate("FilamentDialog", u"Show this filament as low stock (and on the shopping list) when opened and sealed grams together fall to this.", None))
#endif // QT_CONFIG(tooltip)
        self.supplierLabel.setText(QCoreApplication.translate("FilamentDialog", u"&Supplier link:", None))
        self.supplierEdit.setPlaceholderText(QCoreApplication.translate("FilamentDialog", u"https://\u2026", None))
        self.generalError.setText("")
    # retranslateUi

