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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

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
        self.filamentLayout.setContentsMargins(0, -1, 0, 0)
        self.filamentTable = FilteredTable(self.filamentPage)
        self.filamentTable.setObjectName(u"filamentTable")

        self.filamentLayout.addWidget(self.filamentTable)

        self.views.addTab(self.filamentPage, "")
        self.productPage = QWidget()
        self.productPage.setObjectName(u"productPage")
        self.productLayout = QVBoxLayout(self.productPage)
        self.productLayout.setObjectName(u"productLayout")
        self.productLayout.setContentsMargins(0, -1, 0, 0)
        self.productTable = FilteredTable(self.productPage)
        self.productTable.setObjectName(u"productTable")

        self.productLayout.addWidget(self.productTable)

        self.views.addTab(self.productPage, "")

        self.tabLayout.addWidget(self.views)


        self.retranslateUi(InventoryTab)

        self.views.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, InventoryTab):
        self.views.setTabText(self.views.indexOf(self.filamentPage), QCoreApplication.translate("InventoryTab", u"Filament", None))
        self.views.setTabText(self.views.indexOf(self.productPage), QCoreApplication.translate("InventoryTab", u"Products", None))
        pass
    # retranslateUi

