# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stall_window.ui'
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
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_StallWindow(object):
    def setupUi(self, StallWindow):
        if not StallWindow.objectName():
            StallWindow.setObjectName(u"StallWindow")
        StallWindow.resize(1280, 800)
        self.windowLayout = QVBoxLayout(StallWindow)
        self.windowLayout.setObjectName(u"windowLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.eventLabel = QLabel(StallWindow)
        self.eventLabel.setObjectName(u"eventLabel")

        self.headerLayout.addWidget(self.eventLabel)

        self.statusLabel = QLabel(StallWindow)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerLayout.addWidget(self.statusLabel)

        self.headerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.totalsLabel = QLabel(StallWindow)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.totalsLabel)

        self.exitButton = QPushButton(StallWindow)
        self.exitButton.setObjectName(u"exitButton")

        self.headerLayout.addWidget(self.exitButton)


        self.windowLayout.addLayout(self.headerLayout)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.leftBox = QWidget(StallWindow)
        self.leftBox.setObjectName(u"leftBox")
        self.leftLayout = QVBoxLayout(self.leftBox)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.scanLayout = QHBoxLayout()
        self.scanLayout.setObjectName(u"scanLayout")
        self.scanLabel = QLabel(self.leftBox)
        self.scanLabel.setObjectName(u"scanLabel")

        self.scanLayout.addWidget(self.scanLabel)

        self.scanEdit = QLineEdit(self.leftBox)
        self.scanEdit.setObjectName(u"scanEdit")
        self.scanEdit.setClearButtonEnabled(True)

        self.scanLayout.addWidget(self.scanEdit)


        self.leftLayout.addLayout(self.scanLayout)

        self.productArea = QScrollArea(self.leftBox)
        self.productArea.setObjectName(u"productArea")
        self.productArea.setWidgetResizable(True)
        self.productArea.setFrameShape(QFrame.Shape.NoFrame)
        self.productGrid = QWidget()
        self.productGrid.setObjectName(u"productGrid")
        self.productGrid.setGeometry(QRect(0, 0, 800, 600))
        self.productArea.setWidget(self.productGrid)

        self.leftLayout.addWidget(self.productArea)


        self.bodyLayout.addWidget(self.leftBox)

        self.rightBox = QFrame(StallWindow)
        self.rightBox.setObjectName(u"rightBox")
        self.rightBox.setMinimumSize(QSize(380, 0))
        self.rightBox.setMaximumSize(QSize(420, 16777215))
        self.rightLayout = QVBoxLayout(self.rightBox)
        self.rightLayout.setObjectName(u"rightLayout")
        self.selectedLabel = QLabel(self.rightBox)
        self.selectedLabel.setObjectName(u"selectedLabel")
        self.selectedLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.selectedLabel)

        self.stockLabel = QLabel(self.rightBox)
        self.stockLabel.setObjectName(u"stockLabel")

        self.rightLayout.addWidget(self.stockLabel)

        self.quantityLayout = QHBoxLayout()
        self.quantityLayout.setObjectName(u"quantityLayout")
        self.minusButton = QPushButton(self.rightBox)
        self.minusButton.setObjectName(u"minusButton")

        self.quantityLayout.addWidget(self.minusButton)

        self.quantitySpin = QSpinBox(self.rightBox)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMinimum(1)
        self.quantitySpin.setMaximum(99)
        self.quantitySpin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quantitySpin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)

        self.quantityLayout.addWidget(self.quantitySpin)

        self.plusButton = QPushButton(self.rightBox)
        self.plusButton.setObjectName(u"plusButton")

        self.quantityLayout.addWidget(self.plusButton)


        self.rightLayout.addLayout(self.quantityLayout)

        self.priceLayout = QHBoxLayout()
        self.priceLayout.setObjectName(u"priceLayout")
        self.priceLabel = QLabel(self.rightBox)
        self.priceLabel.setObjectName(u"priceLabel")

        self.priceLayout.addWidget(self.priceLabel)

        self.priceEdit = QLineEdit(self.rightBox)
        self.priceEdit.setObjectName(u"priceEdit")
        self.priceEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.priceLayout.addWidget(self.priceEdit)


        self.rightLayout.addLayout(self.priceLayout)

        self.paymentLayout = QHBoxLayout()
        self.paymentLayout.setObjectName(u"paymentLayout")
        self.cashButton = QPushButton(self.rightBox)
        self.cashButton.setObjectName(u"cashButton")
        self.cashButton.setCheckable(True)
        self.cashButton.setChecked(True)
        self.cashButton.setAutoExclusive(True)

        self.paymentLayout.addWidget(self.cashButton)

        self.cardButton = QPushButton(self.rightBox)
        self.cardButton.setObjectName(u"cardButton")
        self.cardButton.setCheckable(True)
        self.cardButton.setAutoExclusive(True)

        self.paymentLayout.addWidget(self.cardButton)


        self.rightLayout.addLayout(self.paymentLayout)

        self.sellButton = QPushButton(self.rightBox)
        self.sellButton.setObjectName(u"sellButton")
        self.sellButton.setEnabled(False)

        self.rightLayout.addWidget(self.sellButton)

        self.confirmBox = QFrame(self.rightBox)
        self.confirmBox.setObjectName(u"confirmBox")
        self.confirmBox.setVisible(False)
        self.confirmBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirmLayout = QVBoxLayout(self.confirmBox)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmLabel = QLabel(self.confirmBox)
        self.confirmLabel.setObjectName(u"confirmLabel")
        self.confirmLabel.setWordWrap(True)

        self.confirmLayout.addWidget(self.confirmLabel)

        self.confirmButtons = QHBoxLayout()
        self.confirmButtons.setObjectName(u"confirmButtons")
        self.confirmButton = QPushButton(self.confirmBox)
        self.confirmButton.setObjectName(u"confirmButton")

        self.confirmButtons.addWidget(self.confirmButton)

        self.dontButton = QPushButton(self.confirmBox)
        self.dontButton.setObjectName(u"dontButton")

        self.confirmButtons.addWidget(self.dontButton)


        self.confirmLayout.addLayout(self.confirmButtons)


        self.rightLayout.addWidget(self.confirmBox)

        self.messageLabel = QLabel(self.rightBox)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)

        self.rightLayout.addWidget(self.messageLabel)

        self.rule = QFrame(self.rightBox)
        self.rule.setObjectName(u"rule")
        self.rule.setFrameShape(QFrame.Shape.HLine)

        self.rightLayout.addWidget(self.rule)

        self.countTitle = QLabel(self.rightBox)
        self.countTitle.setObjectName(u"countTitle")

        self.rightLayout.addWidget(self.countTitle)

        self.countLayout = QHBoxLayout()
        self.countLayout.setObjectName(u"countLayout")
        self.countEdit = QLineEdit(self.rightBox)
        self.countEdit.setObjectName(u"countEdit")
        self.countEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.countLayout.addWidget(self.countEdit)

        self.countButton = QPushButton(self.rightBox)
        self.countButton.setObjectName(u"countButton")

        self.countLayout.addWidget(self.countButton)


        self.rightLayout.addLayout(self.countLayout)

        self.rightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightLayout.addItem(self.rightSpacer)

        self.lastLabel = QLabel(self.rightBox)
        self.lastLabel.setObjectName(u"lastLabel")
        self.lastLabel.setWordWrap(True)

        self.rightLayout.addWidget(self.lastLabel)

        self.undoButton = QPushButton(self.rightBox)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setEnabled(False)

        self.rightLayout.addWidget(self.undoButton)


        self.bodyLayout.addWidget(self.rightBox)


        self.windowLayout.addLayout(self.bodyLayout)

#if QT_CONFIG(shortcut)
        self.scanLabel.setBuddy(self.scanEdit)
        self.priceLabel.setBuddy(self.priceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StallWindow)
    # setupUi

    def retranslateUi(self, StallWindow):
        StallWindow.setWindowTitle(QCoreApplication.translate("StallWindow", u"Stall mode", None))
        self.eventLabel.setText("")
        self.statusLabel.setText("")
        self.totalsLabel.setText("")
        self.exitButton.setText(QCoreApplication.translate("StallWindow", u"Exit stall mode", None))
        self.scanLabel.setText(QCoreApplication.translate("StallWindow", u"&Scan or type a code:", None))
        self.scanEdit.setPlaceholderText(QCoreApplication.translate("StallWindow", u"SKU, then Enter \u2014 records a sale at once", None))
        self.selectedLabel.setText(QCoreApplication.translate("StallWindow", u"Tap a product", None))
        self.stockLabel.setText("")
        self.minusButton.setText(QCoreApplication.translate("StallWindow", u"\u2212", None))
        self.plusButton.setText(QCoreApplication.translate("StallWindow", u"+", None))
        self.priceLabel.setText(QCoreApplication.translate("StallWindow", u"Price &each:", None))
        self.cashButton.setText(QCoreApplication.translate("StallWindow", u"Cash", None))
        self.cardButton.setText(QCoreApplication.translate("StallWindow", u"Card", None))
        self.sellButton.setText(QCoreApplication.translate("StallWindow", u"Sell", None))
        self.confirmLabel.setText("")
        self.confirmButton.setText(QCoreApplication.translate("StallWindow", u"Yes, record it", None))
        self.dontButton.setText(QCoreApplication.translate("StallWindow", u"No, cancel", None))
        self.messageLabel.setText("")
        self.countTitle.setText(QCoreApplication.translate("StallWindow", u"Count this product:", None))
        self.countEdit.setPlaceholderText(QCoreApplication.translate("StallWindow", u"how many?", None))
        self.countButton.setText(QCoreApplication.translate("StallWindow", u"Save count", None))
        self.lastLabel.setText("")
        self.undoButton.setText(QCoreApplication.translate("StallWindow", u"Undo last entry", None))
    # retranslateUi

