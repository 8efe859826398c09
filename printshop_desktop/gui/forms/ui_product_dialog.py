# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ProductDialog(object):
    def setupUi(self, ProductDialog):
        if not ProductDialog.objectName():
            ProductDialog.setObjectName(u"ProductDialog")
        ProductDialog.resize(560, 520)
        self.dialogLayout = QVBoxLayout(ProductDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(ProductDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.finishedRadio = QRadioButton(ProductDialog)
        self.finishedRadio.setObjectName(u"finishedRadio")
        self.finishedRadio.setChecked(True)

        self.kindRow.addWidget(self.finishedRadio)

        self.accessoryRadio = QRadioButton(ProductDialog)
        self.accessoryRadio.setObjectName(u"accessoryRadio")

        self.kindRow.addWidget(self.accessoryRadio)

        self.kindSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.skuLabel = QLabel(ProductDialog)
        self.skuLabel.setObjectName(u"skuLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.skuLabel)

        self.skuEdit = QLineEdit(ProductDialog)
        self.skuEdit.setObjectName(u"skuEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.skuEdit)

        self.nameLabel = QLabel(ProductDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProductDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.variantLabel = QLabel(ProductDialog)
        self.variantLabel.setObjectName(u"variantLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.variantLabel)

        self.variantCombo = QComboBox(ProductDialog)
        self.variantCombo.setObjectName(u"variantCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.variantCombo)

        self.priceLabel = QLabel(ProductDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(ProductDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.costLabel = QLabel(ProductDialog)
        self.costLabel.setObjectName(u"costLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.costRow = QHBoxLayout()
        self.costRow.setObjectName(u"costRow")
        self.costEdit = QLineEdit(ProductDialog)
        self.costEdit.setObjectName(u"costEdit")

        self.costRow.addWidget(self.costEdit)

        self.costHint = QLabel(ProductDialog)
        self.costHint.setObjectName(u"costHint")

        self.costRow.addWidget(self.costHint)

        self.useCostButton = QPushButton(ProductDialog)
        self.useCostButton.setObjectName(u"useCostButton")
        self.useCostButton.setAutoDefault(False)
        self.useCostButton.setVisible(False)

        self.costRow.addWidget(self.useCostButton)

        self.costSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.costRow.addItem(self.costSpacer)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.costRow)

        self.reorderLabel = QLabel(ProductDialog)
        self.reorderLabel.setObjectName(u"reorderLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reorderLabel)

        self.reorderSpin = QSpinBox(ProductDialog)
        self.reorderSpin.setObjectName(u"reorderSpin")
        self.reorderSpin.setMaximum(100000)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reorderSpin)

        self.supplierLabel = QLabel(ProductDialog)
        self.supplierLabel.setObjectName(u"supplierLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.supplierLabel)

        self.supplierEdit = QLineEdit(ProductDialog)
        self.supplierEdit.setObjectName(u"supplierEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.supplierEdit)

        self.accessoriesLabel = QLabel(ProductDialog)
        self.accessoriesLabel.setObjectName(u"accessoriesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.accessoriesLabel)

        self.accessoriesBox = QVBoxLayout()
        self.accessoriesBox.setObjectName(u"accessoriesBox")
        self.accessoriesTable = QTableWidget(ProductDialog)
        self.accessoriesTable.setObjectName(u"accessoriesTable")
        self.accessoriesTable.setMinimumSize(QSize(0, 110))
        self.accessoriesTable.setMaximumSize(QSize(16777215, 160))

        self.accessoriesBox.addWidget(self.accessoriesTable)

        self.accessoryButtons = QHBoxLayout()
        self.accessoryButtons.setObjectName(u"accessoryButtons")
        self.addAccessoryButton = QPushButton(ProductDialog)
        self.addAccessoryButton.setObjectName(u"addAccessoryButton")
        self.addAccessoryButton.setAutoDefault(False)

        self.accessoryButtons.addWidget(self.addAccessoryButton)

        self.removeAccessoryButton = QPushButton(ProductDialog)
        self.removeAccessoryButton.setObjectName(u"removeAccessoryButton")
        self.removeAccessoryButton.setAutoDefault(False)

        self.accessoryButtons.addWidget(self.removeAccessoryButton)

        self.accessorySpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accessoryButtons.addItem(self.accessorySpacer)


        self.accessoriesBox.addLayout(self.accessoryButtons)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.accessoriesBox)


        self.dialogLayout.addLayout(self.form)

        self.generalError = QLabel(ProductDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ProductDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.finishedRadio)
        self.skuLabel.setBuddy(self.skuEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.variantLabel.setBuddy(self.variantCombo)
        self.priceLabel.setBuddy(self.priceEdit)
        self.costLabel.setBuddy(self.costEdit)
        self.reorderLabel.setBuddy(self.reorderSpin)
        self.supplierLabel.setBuddy(self.supplierEdit)
        self.accessoriesLabel.setBuddy(self.accessoriesTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProductDialog)
    # setupUi

    def retranslateUi(self, ProductDialog):
        ProductDialog.setWindowTitle(QCoreApplication.translate("ProductDialog", u"Product", None))
        self.kindLabel.setText(QCoreApplication.translate("ProductDialog", u"Kind:", None))
        self.finishedRadio.setText(QCoreApplication.translate("ProductDialog", u"&Printed product", None))
        self.accessoryRadio.setText(QCoreApplication.translate("ProductDialog", u"&Accessory (bought in)", None))
        self.skuLabel.setText(QCoreApplication.translate("ProductDialog", u"&SKU:", None))
        self.skuEdit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"FOX-S01", None))
        self.nameLabel.setText(QCoreApplication.translate("ProductDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"Sleepy Fox (Small)", None))
        self.variantLabel.setText(QCoreApplication.translate("ProductDialog", u"Catalog &variant:", None))
        self.priceLabel.setText(QCoreApplication.translate("ProductDialog", u"Selling &price:", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"12.50", None))
        self.costLabel.setText(QCoreApplication.translate("ProductDialog", u"&Cost per unit:", None))
        self.costEdit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"3.20", None))
        self.costHint.setText("")
        self.useCostButton.setText(QCoreApplication.translate("ProductDialog", u"&Use catalog cost", None))
        self.reorderLabel.setText(QCoreApplication.translate("ProductDialog", u"&Reorder at:", None))
        self.reorderSpin.setSuffix(QCoreApplication.translate("ProductDialog", u" units", None))
        self.reorderSpin.setSpecialValueText(QCoreApplication.translate("ProductDialog", u"no reorder level", None))
        self.supplierLabel.setText(QCoreApplication.translate("ProductDialog", u"Supplier &link:", None))
        self.supplierEdit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"https://\u2026", None))
        self.accessoriesLabel.setText(QCoreApplication.translate("ProductDialog", u"Uses per unit:", None))
        self.addAccessoryButton.setText(QCoreApplication.translate("ProductDialog", u"A&dd accessory", None))
        self.removeAccessoryButton.setText(QCoreApplication.translate("ProductDialog", u"Remo&ve", None))
        self.generalError.setText("")
    # retranslateUi

