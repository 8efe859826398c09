# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'table_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QVBoxLayout, QWidget)

from printshop_desktop.gui.widgets.filtered_table import FilteredTable

class Ui_TableTab(object):
    def setupUi(self, TableTab):
        if not TableTab.objectName():
            TableTab.setObjectName(u"TableTab")
        TableTab.resize(900, 600)
        self.tabLayout = QVBoxLayout(TableTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.table = FilteredTable(TableTab)
        self.table.setObjectName(u"table")

        self.tabLayout.addWidget(self.table)


        self.retranslateUi(TableTab)
    # setupUi

    def retranslateUi(self, TableTab):
        pass
    # retranslateUi

