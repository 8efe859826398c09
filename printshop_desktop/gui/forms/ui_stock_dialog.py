# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_StockDialog(object):
    def setupUi(self, StockDialog):
        if not StockDialog.objectName():
            StockDialog.setObjectName(u"StockDialog")
        StockDialog.resize(440, 320)
        self.dialogLayout = QVBoxLayout(StockDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.itemLabel = QLabel(StockDialog)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setWordWrap(True)
        self.itemLabel.setStyleSheet(u"font-weight: 600;")

        self.dialogLayout.addWidget(self.itemLabel)

        self.stockLabel = QLabel(StockDialog)
        self.stockLabel.setObjectName(u"stockLabel")
        self.stockLabel.setWordWrap(True)
        self.stockLabel.setStyleSheet(u"color: #555;")

        self.dialogLayout.addWidget(self.stockLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.locationLabel = QLabel(StockDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationCombo = QComboBox(StockDialog)
        self.locationCombo.setObjectName(u"locationCombo")
        self.locationCombo.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.locationCombo)

        self.toLocationLabel = QLabel(StockDialog)
        self.toLocationLabel.setObjectName(u"toLocationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLocationLabel)

        self.toLocationCombo = QComboBox(StockDialog)
        self.toLocationCombo.setObjectName(u"toLocationCombo")
        self.toLocationCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toLocationCombo)

        self.quantityLabel = QLabel(StockDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantitySpin = QSpinBox(StockDialog)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMaximum(10000000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.quantitySpin)

        self.grossLabel = QLabel(StockDialog)
        self.grossLabel.setObjectName(u"grossLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.grossLabel)

        self.grossSpin = QSpinBox(StockDialog)
        self.grossSpin.setObjectName(u"grossSpin")
        self.grossSpin.setMaximum(100000)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.grossSpin)

        self.tareLabel = QLabel(StockDialog)
        self.tareLabel.setObjectName(u"tareLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tareLabel)

        self.tareSpin = QSpinBox(StockDialog)
        self.tareSpin.setObjectName(u"tareSpin")
        self.tareSpin.setMaximum(5000)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tareSpin)

        self.priceLabel = QLabel(StockDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceEdit = QLineEdit(StockDialog)
        self.priceEdit.setObjectName(u"priceEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.priceEdit)

        self.lotLabel = QLabel(StockDialog)
        self.lotLabel.setObjectName(u"lotLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lotLabel)

        self.lotEdit = QLineEdit(StockDialog)
        self.lotEdit.setObjectName(u"lotEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.lotEdit)

        self.fromUnopenedLabel = QLabel(StockDialog)
        self.fromUnopenedLabel.setObjectName(u"fromUnopenedLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.fromUnopenedLabel)

        self.fromUnopenedCheck = QCheckBox(StockDialog)
        self.fromUnopenedCheck.setObjectName(u"fromUnopenedCheck")
        self.fromUnopenedCheck.setChecked(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.fromUnopenedCheck)

        self.noteLabel = QLabel(StockDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(StockDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.outcomeLabel = QLabel(StockDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")
        self.outcomeLabel.setWordWrap(True)
        self.outcomeLabel.setVisible(False)
        self.outcomeLabel.setStyleSheet(u"background: #eef4fb; border: 1px solid #c9dcf0; border-radius: 4px; padding: 6px;")

        self.dialogLayout.addWidget(self.outcomeLabel)

        self.generalError = QLabel(StockDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(StockDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.locationLabel.setBuddy(self.locationCombo)
        self.toLocationLabel.setBuddy(self.toLocationCombo)
        self.quantityLabel.setBuddy(self.quantitySpin)
        self.grossLabel.setBuddy(self.grossSpin)
        self.tareLabel.setBuddy(self.tareSpin)
        self.priceLabel.setBuddy(self.priceEdit)
        self.lotLabel.setBuddy(self.lotEdit)
        self.fromUnopenedLabel.setBuddy(self.fromUnopenedCheck)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StockDialog)
    # setupUi

    def retranslateUi(self, StockDialog):
        StockDialog.setWindowTitle(QCoreApplication.translate("StockDialog", u"Stock", None))
        self.locationLabel.setText(QCoreApplication.translate("StockDialog", u"&At:", None))
        self.toLocationLabel.setText(QCoreApplication.translate("StockDialog", u"&To:", None))
        self.quantityLabel.setText(QCoreApplication.translate("StockDialog", u"&Quantity:", None))
        self.grossLabel.setText(QCoreApplication.translate("StockDialog", u"&Scale reading:", None))
        self.grossSpin.setSuffix(QCoreApplication.translate("StockDialog", u" g", None))
#if QT_CONFIG(tooltip)
        self.grossSpin.setToolTip(QCoreApplication.translate("StockDialog", u"The weight of the spool as it is, with filament, on the scale.", None))
#endif // QT_CONFIG(tooltip)
        self.tareLabel.setText(QCoreApplication.translate("StockDialog", u"&Empty spool:", None))
        self.tareSpin.setSuffix(QCoreApplication.translate("StockDialog", u" g", None))
#if QT_CONFIG(tooltip)
        self.tareSpin.setToolTip(QCoreApplication.translate("StockDialog", u"What the empty spool weighs (the tare).", None))
#endif // QT_CONFIG(tooltip)
        self.priceLabel.setText(QCoreApplication.translate("StockDialog", u"&Price paid:", None))
        self.priceEdit.setPlaceholderText(QCoreApplication.translate("StockDialog", u"24.99", None))
        self.lotLabel.setText(QCoreApplication.translate("StockDialog", u"&Lot:", None))
        self.fromUnopenedLabel.setText("")
        self.fromUnopenedCheck.setText(QCoreApplication.translate("StockDialog", u"Take it from the sealed stock", None))
        self.noteLabel.setText(QCoreApplication.translate("StockDialog", u"N&ote:", None))
        self.outcomeLabel.setText("")
        self.generalError.setText("")
    # retranslateUi

