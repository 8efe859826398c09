# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'variant_dialog.ui'
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
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_VariantDialog(object):
    def setupUi(self, VariantDialog):
        if not VariantDialog.objectName():
            VariantDialog.setObjectName(u"VariantDialog")
        VariantDialog.resize(600, 680)
        self.dialogLayout = QVBoxLayout(VariantDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(12, 12, 12, 12)
        self.conflictBox = QFrame(VariantDialog)
        self.conflictBox.setObjectName(u"conflictBox")
        self.conflictBox.setVisible(False)
        self.conflictBox.setStyleSheet(u"#conflictBox { background: #fef7e0; border: 1px solid #f9d67a; border-radius: 6px; }")
        self.conflictBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflictLayout = QHBoxLayout(self.conflictBox)
        self.conflictLayout.setSpacing(6)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictLabel = QLabel(self.conflictBox)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setWordWrap(True)

        self.conflictLayout.addWidget(self.conflictLabel)

        self.reloadButton = QPushButton(self.conflictBox)
        self.reloadButton.setObjectName(u"reloadButton")

        self.conflictLayout.addWidget(self.reloadButton)


        self.dialogLayout.addWidget(self.conflictBox)

        self.licenceWarning = QLabel(VariantDialog)
        self.licenceWarning.setObjectName(u"licenceWarning")
        self.licenceWarning.setWordWrap(True)
        self.licenceWarning.setStyleSheet(u"#licenceWarning { color: #a50e0e; background: #fce8e6; border: 1px solid #f4b4ae; border-radius: 6px; padding: 6px; }")
        self.licenceWarning.setTextFormat(Qt.TextFormat.PlainText)
        self.licenceWarning.setVisible(False)

        self.dialogLayout.addWidget(self.licenceWarning)

        self.variantGroup = QGroupBox(VariantDialog)
        self.variantGroup.setObjectName(u"variantGroup")
        self.variantLayout = QFormLayout(self.variantGroup)
        self.variantLayout.setObjectName(u"variantLayout")
        self.variantLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.variantLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameCaption = QLabel(self.variantGroup)
        self.nameCaption.setObjectName(u"nameCaption")

        self.variantLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameField = QVBoxLayout()
        self.nameField.setSpacing(2)
        self.nameField.setObjectName(u"nameField")
        self.nameField.setContentsMargins(0, 0, 0, 0)
        self.nameEdit = QLineEdit(self.variantGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameField.addWidget(self.nameEdit)

        self.nameError = QLabel(self.variantGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setStyleSheet(u"color: #b3261e;")
        self.nameError.setVisible(False)

        self.nameField.addWidget(self.nameError)


        self.variantLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameField)

        self.sizeCaption = QLabel(self.variantGroup)
        self.sizeCaption.setObjectName(u"sizeCaption")

        self.variantLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sizeCaption)

        self.sizeEdit = QLineEdit(self.variantGroup)
        self.sizeEdit.setObjectName(u"sizeEdit")

        self.variantLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sizeEdit)

        self.colourwayCaption = QLabel(self.variantGroup)
        self.colourwayCaption.setObjectName(u"colourwayCaption")

        self.variantLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.colourwayCaption)

        self.colourwayEdit = QLineEdit(self.variantGroup)
        self.colourwayEdit.setObjectName(u"colourwayEdit")

        self.variantLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.colourwayEdit)

        self.statusCaption = QLabel(self.variantGroup)
        self.statusCaption.setObjectName(u"statusCaption")

        self.variantLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusCombo = QComboBox(self.variantGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.variantLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.dialogLayout.addWidget(self.variantGroup)

        self.printingGroup = QGroupBox(VariantDialog)
        self.printingGroup.setObjectName(u"printingGroup")
        self.printingLayout = QFormLayout(self.printingGroup)
        self.printingLayout.setObjectName(u"printingLayout")
        self.printingLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.printingLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.printTimeCaption = QLabel(self.printingGroup)
        self.printTimeCaption.setObjectName(u"printTimeCaption")

        self.printingLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.printTimeCaption)

        self.printTimeField = QVBoxLayout()
        self.printTimeField.setSpacing(2)
        self.printTimeField.setObjectName(u"printTimeField")
        self.printTimeField.setContentsMargins(0, 0, 0, 0)
        self.printTimeRow = QHBoxLayout()
        self.printTimeRow.setSpacing(6)
        self.printTimeRow.setObjectName(u"printTimeRow")
        self.hoursSpin = QSpinBox(self.printingGroup)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setMaximum(999)

        self.printTimeRow.addWidget(self.hoursSpin)

        self.minutesSpin = QSpinBox(self.printingGroup)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMaximum(59)

        self.printTimeRow.addWidget(self.minutesSpin)

        self.printTimeHint = QLabel(self.printingGroup)
        self.printTimeHint.setObjectName(u"printTimeHint")
        self.printTimeHint.setStyleSheet(u"color: #5f6368;")

        self.printTimeRow.addWidget(self.printTimeHint)

        self.printTimeSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printTimeRow.addItem(self.printTimeSpacer)


        self.printTimeField.addLayout(self.printTimeRow)

        self.printTimeSError = QLabel(self.printingGroup)
        self.printTimeSError.setObjectName(u"printTimeSError")
        self.printTimeSError.setWordWrap(True)
        self.printTimeSError.setStyleSheet(u"color: #b3261e;")
        self.printTimeSError.setVisible(False)

        self.printTimeField.addWidget(self.printTimeSError)


        self.printingLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.printTimeField)

        self.filamentCaption = QLabel(self.printingGroup)
        self.filamentCaption.setObjectName(u"filamentCaption")

        self.printingLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.filamentCaption)

        self.filamentField = QVBoxLayout()
        self.filamentField.setSpacing(2)
        self.filamentField.setObjectName(u"filamentField")
        self.filamentField.setContentsMargins(0, 0, 0, 0)
        self.toolsHost = QWidget(self.printingGroup)
        self.toolsHost.setObjectName(u"toolsHost")
        self.toolsLayout = QGridLayout(self.toolsHost)
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.toolsLayout.setContentsMargins(0, 0, 0, 0)

        self.filamentField.addWidget(self.toolsHost)

        self.toolButtonsRow = QHBoxLayout()
        self.toolButtonsRow.setSpacing(6)
        self.toolButtonsRow.setObjectName(u"toolButtonsRow")
        self.addToolButton = QPushButton(self.printingGroup)
        self.addToolButton.setObjectName(u"addToolButton")

        self.toolButtonsRow.addWidget(self.addToolButton)

        self.toolsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolButtonsRow.addItem(self.toolsSpacer)


        self.filamentField.addLayout(self.toolButtonsRow)

        self.filamentNeedsError = QLabel(self.printingGroup)
        self.filamentNeedsError.setObjectName(u"filamentNeedsError")
        self.filamentNeedsError.setWordWrap(True)
        self.filamentNeedsError.setStyleSheet(u"color: #b3261e;")
        self.filamentNeedsError.setVisible(False)

        self.filamentField.addWidget(self.filamentNeedsError)


        self.printingLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.filamentField)


        self.dialogLayout.addWidget(self.printingGroup)

        self.costsGroup = QGroupBox(VariantDialog)
        self.costsGroup.setObjectName(u"costsGroup")
        self.costsLayout = QFormLayout(self.costsGroup)
        self.costsLayout.setObjectName(u"costsLayout")
        self.costsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.costsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.priceCaption = QLabel(self.costsGroup)
        self.priceCaption.setObjectName(u"priceCaption")

        self.costsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.priceCaption)

        self.priceField = QVBoxLayout()
        self.priceField.setSpacing(2)
        self.priceField.setObjectName(u"priceField")
        self.priceField.setContentsMargins(0, 0, 0, 0)
        self.priceRow = QHBoxLayout()
        self.priceRow.setSpacing(6)
        self.priceRow.setObjectName(u"priceRow")
        self.priceCurrency = QLabel(self.costsGroup)
        self.priceCurrency.setObjectName(u"priceCurrency")

        self.priceRow.addWidget(self.priceCurrency)

        self.priceEdit = QLineEdit(self.costsGroup)
        self.priceEdit.setObjectName(u"priceEdit")
        self.priceEdit.setMaximumSize(QSize(120, 16777215))
        self.priceEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.priceRow.addWidget(self.priceEdit)

        self.priceSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.priceRow.addItem(self.priceSpacer)


        self.priceField.addLayout(self.priceRow)

        self.priceError = QLabel(self.costsGroup)
        self.priceError.setObjectName(u"priceError")
        self.priceError.setWordWrap(True)
        self.priceError.setStyleSheet(u"color: #b3261e;")
        self.priceError.setVisible(False)

        self.priceField.addWidget(self.priceError)


        self.costsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.priceField)

        self.labourCaption = QLabel(self.costsGroup)
        self.labourCaption.setObjectName(u"labourCaption")

        self.costsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.labourCaption)

        self.labourField = QVBoxLayout()
        self.labourField.setSpacing(2)
        self.labourField.setObjectName(u"labourField")
        self.labourField.setContentsMargins(0, 0, 0, 0)
        self.labourRow = QHBoxLayout()
        self.labourRow.setSpacing(6)
        self.labourRow.setObjectName(u"labourRow")
        self.labourSpin = QDoubleSpinBox(self.costsGroup)
        self.labourSpin.setObjectName(u"labourSpin")
        self.labourSpin.setMaximumSize(QSize(120, 16777215))
        self.labourSpin.setMaximum(10000.000000000000000)
        self.labourSpin.setDecimals(1)

        self.labourRow.addWidget(self.labourSpin)

        self.labourHint = QLabel(self.costsGroup)
        self.labourHint.setObjectName(u"labourHint")
        self.labourHint.setStyleSheet(u"color: #5f6368;")

        self.labourRow.addWidget(self.labourHint)


        self.labourField.addLayout(self.labourRow)

        self.labourMinutesError = QLabel(self.costsGroup)
        self.labourMinutesError.setObjectName(u"labourMinutesError")
        self.labourMinutesError.setWordWrap(True)
        self.labourMinutesError.setStyleSheet(u"color: #b3261e;")
        self.labourMinutesError.setVisible(False)

        self.labourField.addWidget(self.labourMinutesError)


        self.costsLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.labourField)

        self.packagingCaption = QLabel(self.costsGroup)
        self.packagingCaption.setObjectName(u"packagingCaption")

        self.costsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.packagingCaption)

        self.packagingField = QVBoxLayout()
        self.packagingField.setSpacing(2)
        self.packagingField.setObjectName(u"packagingField")
        self.packagingField.setContentsMargins(0, 0, 0, 0)
        self.packagingRow = QHBoxLayout()
        self.packagingRow.setSpacing(6)
        self.packagingRow.setObjectName(u"packagingRow")
        self.packagingCurrency = QLabel(self.costsGroup)
        self.packagingCurrency.setObjectName(u"packagingCurrency")

        self.packagingRow.addWidget(self.packagingCurrency)

        self.packagingEdit = QLineEdit(self.costsGroup)
        self.packagingEdit.setObjectName(u"packagingEdit")
        self.packagingEdit.setMaximumSize(QSize(120, 16777215))
        self.packagingEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.packagingRow.addWidget(self.packagingEdit)

        self.packagingSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.packagingRow.addItem(self.packagingSpacer)


        self.packagingField.addLayout(self.packagingRow)

        self.packagingError = QLabel(self.costsGroup)
        self.packagingError.setObjectName(u"packagingError")
        self.packagingError.setWordWrap(True)
        self.packagingError.setStyleSheet(u"color: #b3261e;")
        self.packagingError.setVisible(False)

        self.packagingField.addWidget(self.packagingError)


        self.costsLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.packagingField)


        self.dialogLayout.addWidget(self.costsGroup)

        self.notesGroup = QGroupBox(VariantDialog)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setSpacing(2)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setContentsMargins(6, 6, 6, 6)
        self.notesEdit = QPlainTextEdit(self.notesGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 60))

        self.notesLayout.addWidget(self.notesEdit)


        self.dialogLayout.addWidget(self.notesGroup)

        self.generalError = QLabel(VariantDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setVisible(False)

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(VariantDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.sizeCaption.setBuddy(self.sizeEdit)
        self.colourwayCaption.setBuddy(self.colourwayEdit)
        self.statusCaption.setBuddy(self.statusCombo)
        self.printTimeCaption.setBuddy(self.hoursSpin)
        self.priceCaption.setBuddy(self.priceEdit)
        self.labourCaption.setBuddy(self.labourSpin)
        self.packagingCaption.setBuddy(self.packagingEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VariantDialog)
    # setupUi

    def retranslateUi(self, VariantDialog):
        VariantDialog.setWindowTitle(QCoreApplication.translate("VariantDialog", u"Variant", None))
        self.conflictLabel.setText("")
        self.reloadButton.setText(QCoreApplication.translate("VariantDialog", u"&Reload", None))
        self.licenceWarning.setText("")
        self.variantGroup.setTitle(QCoreApplication.translate("VariantDialog", u"Variant", None))
        self.nameCaption.setText(QCoreApplication.translate("VariantDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("VariantDialog", u"e.g. Small, 10 cm, Galaxy black", None))
        self.nameError.setText("")
        self.sizeCaption.setText(QCoreApplication.translate("VariantDialog", u"Si&ze or scale", None))
        self.sizeEdit.setPlaceholderText(QCoreApplication.translate("VariantDialog", u"e.g. 10 cm, 150 %", None))
        self.colourwayCaption.setText(QCoreApplication.translate("VariantDialog", u"Colour&way", None))
        self.colourwayEdit.setPlaceholderText(QCoreApplication.translate("VariantDialog", u"e.g. Galaxy black and gold", None))
        self.statusCaption.setText(QCoreApplication.translate("VariantDialog", u"St&atus", None))
        self.printingGroup.setTitle(QCoreApplication.translate("VariantDialog", u"Printing", None))
        self.printTimeCaption.setText(QCoreApplication.translate("VariantDialog", u"Print &time", None))
        self.hoursSpin.setSuffix(QCoreApplication.translate("VariantDialog", u" h", None))
        self.minutesSpin.setSuffix(QCoreApplication.translate("VariantDialog", u" min", None))
        self.printTimeHint.setText(QCoreApplication.translate("VariantDialog", u"0 h 0 min: from the sliced file", None))
        self.printTimeSError.setText("")
        self.filamentCaption.setText(QCoreApplication.translate("VariantDialog", u"Filament", None))
        self.addToolButton.setText(QCoreApplication.translate("VariantDialog", u"&Add tool", None))
        self.filamentNeedsError.setText("")
        self.costsGroup.setTitle(QCoreApplication.translate("VariantDialog", u"Price and costs", None))
        self.priceCaption.setText(QCoreApplication.translate("VariantDialog", u"&Price", None))
        self.priceCurrency.setText(QCoreApplication.translate("VariantDialog", u"\u20ac", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("VariantDialog", u"0.00", None))
        self.priceError.setText("")
        self.labourCaption.setText(QCoreApplication.translate("VariantDialog", u"&Labour", None))
        self.labourSpin.setSuffix(QCoreApplication.translate("VariantDialog", u" min", None))
        self.labourHint.setText(QCoreApplication.translate("VariantDialog", u"hands-on time per unit", None))
        self.labourMinutesError.setText("")
        self.packagingCaption.setText(QCoreApplication.translate("VariantDialog", u"Pac&kaging", None))
        self.packagingCurrency.setText(QCoreApplication.translate("VariantDialog", u"\u20ac", None))
        self.packagingEdit.setPlaceholderText(QCoreApplication.translate("VariantDialog", u"0.00", None))
        self.packagingError.setText("")
        self.notesGroup.setTitle(QCoreApplication.translate("VariantDialog", u"Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("VariantDialog", u"Anything to remember when printing or selling it", None))
        self.generalError.setText("")
    # retranslateUi

