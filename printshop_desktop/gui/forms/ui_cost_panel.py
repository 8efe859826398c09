# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cost_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QLabel,
    QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_CostPanel(object):
    def setupUi(self, CostPanel):
        if not CostPanel.objectName():
            CostPanel.setObjectName(u"CostPanel")
        CostPanel.resize(320, 330)
        CostPanel.setMinimumSize(QSize(280, 0))
        CostPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panelLayout = QVBoxLayout(CostPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.titleLabel = QLabel(CostPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-weight: bold; font-size: 11pt;")
        self.titleLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.titleLabel)

        self.stack = QStackedWidget(CostPanel)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.figuresPage = QWidget()
        self.figuresPage.setObjectName(u"figuresPage")
        self.figuresLayout = QVBoxLayout(self.figuresPage)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLayout.setContentsMargins(0, 0, 0, 0)
        self.figuresScroll = QScrollArea(self.figuresPage)
        self.figuresScroll.setObjectName(u"figuresScroll")
        self.figuresScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.figuresScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.figuresScroll.setWidgetResizable(True)
        self.figuresBody = QWidget()
        self.figuresBody.setObjectName(u"figuresBody")
        self.bodyLayout = QVBoxLayout(self.figuresBody)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(0, 0, 4, 0)
        self.linesLayout = QGridLayout()
        self.linesLayout.setObjectName(u"linesLayout")
        self.linesLayout.setHorizontalSpacing(10)
        self.linesLayout.setVerticalSpacing(3)
        self.filamentCaption = QLabel(self.figuresBody)
        self.filamentCaption.setObjectName(u"filamentCaption")

        self.linesLayout.addWidget(self.filamentCaption, 0, 0, 1, 1)

        self.filamentDetail = QLabel(self.figuresBody)
        self.filamentDetail.setObjectName(u"filamentDetail")
        self.filamentDetail.setStyleSheet(u"color: #5f6368;")

        self.linesLayout.addWidget(self.filamentDetail, 0, 1, 1, 1)

        self.filamentValue = QLabel(self.figuresBody)
        self.filamentValue.setObjectName(u"filamentValue")
        self.filamentValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.filamentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.linesLayout.addWidget(self.filamentValue, 0, 2, 1, 1)

        self.energyCaption = QLabel(self.figuresBody)
        self.energyCaption.setObjectName(u"energyCaption")

        self.linesLayout.addWidget(self.energyCaption, 1, 0, 1, 1)

        self.energyDetail = QLabel(self.figuresBody)
        self.energyDetail.setObjectName(u"energyDetail")
        self.energyDetail.setStyleSheet(u"color: #5f6368;")

        self.linesLayout.addWidget(self.energyDetail, 1, 1, 1, 1)

        self.energyValue = QLabel(self.figuresBody)
        self.energyValue.setObjectName(u"energyValue")
        self.energyValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.energyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.linesLayout.addWidget(self.energyValue, 1, 2, 1, 1)

        self.depreciationCaption = QLabel(self.figuresBody)
        self.depreciationCaption.setObjectName(u"depreciationCaption")

        self.linesLayout.addWidget(self.depreciationCaption, 2, 0, 1, 1)

        self.depreciationDetail = QLabel(self.figuresBody)
        self.depreciationDetail.setObjectName(u"depreciationDetail")
        self.depreciationDetail.setStyleSheet(u"color: #5f6368;")

        self.linesLayout.addWidget(self.depreciationDetail, 2, 1, 1, 1)

        self.depreciationValue = QLabel(self.figuresBody)
        self.depreciationValue.setObjectName(u"depreciationValue")
        self.depreciationValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.depreciationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.linesLayout.addWidget(self.depreciationValue, 2, 2, 1, 1)

        self.failureCaption = QLabel(self.figuresBody)
        self.failureCaption.setObjectName(u"failureCaption")

        self.linesLayout.addWidget(self.failureCaption, 3, 0, 1, 1)

        self.failureDetail = QLabel(self.figuresBody)
        self.failureDetail.setObjectName(u"failureDetail")
        self.failureDetail.setStyleSheet(u"color: #5f6368;")

        self.linesLayout.addWidget(self.failureDetail, 3, 1, 1, 1)

        self.failureValue = QLabel(self.figuresBody)
        self.failureValue.setObjectName(u"failureValue")
        self.failureValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.failureValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.linesLayout.addWidget(self.failureValue, 3, 2, 1, 1)

        self.labourCaption = QLabel(self.figuresBody)
        self.labourCaption.setObjectName(u"labourCaption")

        self.linesLayout.addWidget(self.labourCaption, 4, 0, 1, 1)

        self.labourDetail = QLabel(self.figuresBody)
        self.labourDetail.setObjectName(u"labourDetail")
        self.labourDetail.setStyleSheet(u"color: #5f6368;")

        self.linesLayout.addWidget(self.labourDetail, 4, 1, 1, 1)

        self.labourValue = QLabel(self.figuresBody)
        self.labourValue.setObjectName(u"labourValue")
        self.labourValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.labourValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.linesLayout.addWidget(self.labourValue, 4, 2, 1, 1)

        self.packagingCaption = QLabel(self.figuresBody)
        self.packagingCaption.setObjectName(u"packagingCaption")

        self.linesLayout.addWidget(self.packagingCaption, 5, 0, 1, 1)

        self.packagingDetail = QLabel(self.figuresBody)
        self.packagingDetail.setObjectName(u"packagingDetail")
        self.packagingDetail.setStyleSheet(u"color: #5f6368;")

        self.linesLayout.addWidget(self.packagingDetail, 5, 1, 1, 1)

        self.packagingValue = QLabel(self.figuresBody)
        self.packagingValue.setObjectName(u"packagingValue")
        self.packagingValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.packagingValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.linesLayout.addWidget(self.packagingValue, 5, 2, 1, 1)

        self.accessoriesCaption = QLabel(self.figuresBody)
        self.accessoriesCaption.setObjectName(u"accessoriesCaption")

        self.linesLayout.addWidget(self.accessoriesCaption, 6, 0, 1, 1)

        self.accessoriesDetail = QLabel(self.figuresBody)
        self.accessoriesDetail.setObjectName(u"accessoriesDetail")
        self.accessoriesDetail.setStyleSheet(u"color: #5f6368;")

        self.linesLayout.addWidget(self.accessoriesDetail, 6, 1, 1, 1)

        self.accessoriesValue = QLabel(self.figuresBody)
        self.accessoriesValue.setObjectName(u"accessoriesValue")
        self.accessoriesValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.accessoriesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.linesLayout.addWidget(self.accessoriesValue, 6, 2, 1, 1)

        self.totalLine = QFrame(self.figuresBody)
        self.totalLine.setObjectName(u"totalLine")
        self.totalLine.setFrameShape(QFrame.Shape.HLine)
        self.totalLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.linesLayout.addWidget(self.totalLine, 7, 0, 1, 3)

        self.totalCaption = QLabel(self.figuresBody)
        self.totalCaption.setObjectName(u"totalCaption")
        self.totalCaption.setStyleSheet(u"font-weight: bold;")

        self.linesLayout.addWidget(self.totalCaption, 8, 0, 1, 1)

        self.totalDetail = QLabel(self.figuresBody)
        self.totalDetail.setObjectName(u"totalDetail")
        self.totalDetail.setStyleSheet(u"color: #5f6368;")

        self.linesLayout.addWidget(self.totalDetail, 8, 1, 1, 1)

        self.totalValue = QLabel(self.figuresBody)
        self.totalValue.setObjectName(u"totalValue")
        self.totalValue.setStyleSheet(u"font-weight: bold;")
        self.totalValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.totalValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.linesLayout.addWidget(self.totalValue, 8, 2, 1, 1)

        self.priceCaption = QLabel(self.figuresBody)
        self.priceCaption.setObjectName(u"priceCaption")

        self.linesLayout.addWidget(self.priceCaption, 9, 0, 1, 1)

        self.priceDetail = QLabel(self.figuresBody)
        self.priceDetail.setObjectName(u"priceDetail")
        self.priceDetail.setStyleSheet(u"color: #5f6368;")

        self.linesLayout.addWidget(self.priceDetail, 9, 1, 1, 1)

        self.priceValue = QLabel(self.figuresBody)
        self.priceValue.setObjectName(u"priceValue")
        self.priceValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.priceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.linesLayout.addWidget(self.priceValue, 9, 2, 1, 1)

        self.marginCaption = QLabel(self.figuresBody)
        self.marginCaption.setObjectName(u"marginCaption")
        self.marginCaption.setStyleSheet(u"font-weight: bold;")

        self.linesLayout.addWidget(self.marginCaption, 10, 0, 1, 1)

        self.marginDetail = QLabel(self.figuresBody)
        self.marginDetail.setObjectName(u"marginDetail")
        self.marginDetail.setStyleSheet(u"color: #5f6368;")

        self.linesLayout.addWidget(self.marginDetail, 10, 1, 1, 1)

        self.marginValue = QLabel(self.figuresBody)
        self.marginValue.setObjectName(u"marginValue")
        self.marginValue.setStyleSheet(u"font-weight: bold;")
        self.marginValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.marginValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.linesLayout.addWidget(self.marginValue, 10, 2, 1, 1)

        self.linesLayout.setColumnStretch(1, 1)

        self.bodyLayout.addLayout(self.linesLayout)

        self.warningsLabel = QLabel(self.figuresBody)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setStyleSheet(u"color: #b06000;")
        self.warningsLabel.setWordWrap(True)

        self.bodyLayout.addWidget(self.warningsLabel)

        self.figuresSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyLayout.addItem(self.figuresSpacer)

        self.figuresScroll.setWidget(self.figuresBody)

        self.figuresLayout.addWidget(self.figuresScroll)

        self.stack.addWidget(self.figuresPage)

        self.panelLayout.addWidget(self.stack)


        self.retranslateUi(CostPanel)
    # setupUi

    def retranslateUi(self, CostPanel):
        self.titleLabel.setText(QCoreApplication.translate("CostPanel", u"Unit cost", None))
        self.emptyLabel.setText(QCoreApplication.translate("CostPanel", u"Select a variant to see what one unit costs and the margin at its price.", None))
        self.filamentCaption.setText(QCoreApplication.translate("CostPanel", u"Filament", None))
        self.filamentDetail.setText("")
        self.filamentValue.setText("")
        self.energyCaption.setText(QCoreApplication.translate("CostPanel", u"Energy", None))
        self.energyDetail.setText("")
        self.energyValue.setText("")
        self.depreciationCaption.setText(QCoreApplication.translate("CostPanel", u"Printer wear", None))
        self.depreciationDetail.setText("")
        self.depreciationValue.setText("")
        self.failureCaption.setText(QCoreApplication.translate("CostPanel", u"Failed prints", None))
        self.failureDetail.setText("")
        self.failureValue.setText("")
        self.labourCaption.setText(QCoreApplication.translate("CostPanel", u"Labour", None))
        self.labourDetail.setText("")
        self.labourValue.setText("")
        self.packagingCaption.setText(QCoreApplication.translate("CostPanel", u"Packaging", None))
        self.packagingDetail.setText("")
        self.packagingValue.setText("")
        self.accessoriesCaption.setText(QCoreApplication.translate("CostPanel", u"Accessories", None))
        self.accessoriesDetail.setText("")
        self.accessoriesValue.setText("")
        self.totalCaption.setText(QCoreApplication.translate("CostPanel", u"Unit cost", None))
        self.totalDetail.setText("")
        self.totalValue.setText("")
        self.priceCaption.setText(QCoreApplication.translate("CostPanel", u"Price", None))
        self.priceDetail.setText("")
        self.priceValue.setText("")
        self.marginCaption.setText(QCoreApplication.translate("CostPanel", u"Margin", None))
        self.marginDetail.setText("")
        self.marginValue.setText("")
        self.warningsLabel.setText("")
        pass
    # retranslateUi

