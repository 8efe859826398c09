# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inventory_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QVBoxLayout, QWidget)

from printshop_desktop.gui.widgets.filtered_table import FilteredTable

class Ui_InventoryTab(object):
    def setupUi(self, InventoryTab):
        if not InventoryTab.objectName():
            InventoryTab.setObjectName(u"InventoryTab")
        InventoryTab.resize(900, 600)
        self.tabLayout = QVBoxLayout(InventoryTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.views = QTabWidget(InventoryTab)
        self.views.setObjectName(u"views")
        self.views.setDocumentMode(True)
        self.filamentPage = QWidget()
        self.filamentPage.setObjectName(u"filamentPage")
        self.filamentLayout = QVBoxLayout(self.filamentPage)
        self.filamentLayout.setObjectName(u"filamentLayout")
        self.filamentLayout.setContentsMargins(0, 0, 0, 0)
        self.filamentSplitter = QSplitter(self.filamentPage)
        self.filamentSplitter.setObjectName(u"filamentSplitter")
        self.filamentSplitter.setOrientation(Qt.Orientation.Vertical)
        self.filamentSplitter.setChildrenCollapsible(False)
        self.filamentTable = FilteredTable(self.filamentSplitter)
        self.filamentTable.setObjectName(u"filamentTable")
        self.filamentSplitter.addWidget(self.filamentTable)
        self.spoolPanel = QWidget(self.filamentSplitter)
        self.spoolPanel.setObjectName(u"spoolPanel")
        self.spoolLayout = QVBoxLayout(self.spoolPanel)
        self.spoolLayout.setObjectName(u"spoolLayout")
        self.spoolLayout.setContentsMargins(0, 0, 0, 0)
        self.spoolHeaderRow = QHBoxLayout()
        self.spoolHeaderRow.setObjectName(u"spoolHeaderRow")
        self.spoolHeader = QLabel(self.spoolPanel)
        self.spoolHeader.setObjectName(u"spoolHeader")
        self.spoolHeader.setStyleSheet(u"font-weight: 600;")

        self.spoolHeaderRow.addWidget(self.spoolHeader)

        self.spoolHeaderSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spoolHeaderRow.addItem(self.spoolHeaderSpacer)


        self.spoolLayout.addLayout(self.spoolHeaderRow)

        self.spoolTable = FilteredTable(self.spoolPanel)
        self.spoolTable.setObjectName(u"spoolTable")

        self.spoolLayout.addWidget(self.spoolTable)

        self.filamentSplitter.addWidget(self.spoolPanel)

        self.filamentLayout.addWidget(self.filamentSplitter)

        self.views.addTab(self.filamentPage, "")
        self.productPage = QWidget()
        self.productPage.setObjectName(u"productPage")
        self.productLayout = QVBoxLayout(self.productPage)
        self.productLayout.setObjectName(u"productLayout")
        self.productLayout.setContentsMargins(0, 0, 0, 0)
        self.productTable = FilteredTable(self.productPage)
        self.productTable.setObjectName(u"productTable")

        self.productLayout.addWidget(self.productTable)

        self.productLocations = QLabel(self.productPage)
        self.productLocations.setObjectName(u"productLocations")
        self.productLocations.setWordWrap(True)
        self.productLocations.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.productLayout.addWidget(self.productLocations)

        self.views.addTab(self.productPage, "")
        self.lowStockPage = QWidget()
        self.lowStockPage.setObjectName(u"lowStockPage")
        self.lowStockLayout = QVBoxLayout(self.lowStockPage)
        self.lowStockLayout.setObjectName(u"lowStockLayout")
        self.lowStockLayout.setContentsMargins(0, 0, 0, 0)
        self.lowStockIntro = QLabel(self.lowStockPage)
        self.lowStockIntro.setObjectName(u"lowStockIntro")
        self.lowStockIntro.setWordWrap(True)

        self.lowStockLayout.addWidget(self.lowStockIntro)

        self.lowStockTable = FilteredTable(self.lowStockPage)
        self.lowStockTable.setObjectName(u"lowStockTable")

        self.lowStockLayout.addWidget(self.lowStockTable)

        self.shoppingRow = QHBoxLayout()
        self.shoppingRow.setObjectName(u"shoppingRow")
        self.shoppingSummary = QLabel(self.lowStockPage)
        self.shoppingSummary.setObjectName(u"shoppingSummary")

        self.shoppingRow.addWidget(self.shoppingSummary)

        self.shoppingSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shoppingRow.addItem(self.shoppingSpacer)

        self.exportShoppingButton = QPushButton(self.lowStockPage)
        self.exportShoppingButton.setObjectName(u"exportShoppingButton")
        self.exportShoppingButton.setEnabled(False)

        self.shoppingRow.addWidget(self.exportShoppingButton)


        self.lowStockLayout.addLayout(self.shoppingRow)

        self.views.addTab(self.lowStockPage, "")
        self.chartsPage = QWidget()
        self.chartsPage.setObjectName(u"chartsPage")
        self.chartsLayout = QVBoxLayout(self.chartsPage)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)
        self.views.addTab(self.chartsPage, "")

        self.tabLayout.addWidget(self.views)


        self.retranslateUi(InventoryTab)

        self.views.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, InventoryTab):
        self.spoolHeader.setText(QCoreApplication.translate("InventoryTab", u"Spools", None))
        self.views.setTabText(self.views.indexOf(self.filamentPage), QCoreApplication.translate("InventoryTab", u"Filament", None))
        self.productLocations.setText("")
        self.views.setTabText(self.views.indexOf(self.productPage), QCoreApplication.translate("InventoryTab", u"Products", None))
        self.lowStockIntro.setText("")
        self.shoppingSummary.setText("")
        self.exportShoppingButton.setText(QCoreApplication.translate("InventoryTab", u"&Export shopping list\u2026", None))
        self.views.setTabText(self.views.indexOf(self.lowStockPage), QCoreApplication.translate("InventoryTab", u"Low stock", None))
        self.views.setTabText(self.views.indexOf(self.chartsPage), QCoreApplication.translate("InventoryTab", u"Charts", None))
        pass
    # retranslateUi

