# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

from printshop_desktop.gui.widgets.banner import Banner

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionConnectionSettings = QAction(MainWindow)
        self.actionConnectionSettings.setObjectName(u"actionConnectionSettings")
        self.actionLoadDemoData = QAction(MainWindow)
        self.actionLoadDemoData.setObjectName(u"actionLoadDemoData")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionShowCatalog = QAction(MainWindow)
        self.actionShowCatalog.setObjectName(u"actionShowCatalog")
        self.actionShowInventory = QAction(MainWindow)
        self.actionShowInventory.setObjectName(u"actionShowInventory")
        self.actionShowQueue = QAction(MainWindow)
        self.actionShowQueue.setObjectName(u"actionShowQueue")
        self.actionShowEvents = QAction(MainWindow)
        self.actionShowEvents.setObjectName(u"actionShowEvents")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionAbout.setMenuRole(QAction.MenuRole.AboutRole)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(6)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        self.banner = Banner(self.centralWidget)
        self.banner.setObjectName(u"banner")
        self.banner.setVisible(False)

        self.centralLayout.addWidget(self.banner)

        self.tabs = QTabWidget(self.centralWidget)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)

        self.centralLayout.addWidget(self.tabs)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuBar.setGeometry(QRect(0, 0, 1280, 24))
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionConnectionSettings)
        self.menuFile.addAction(self.actionLoadDemoData)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionFind)
        self.menuEdit.addAction(self.actionRefresh)
        self.menuView.addAction(self.actionShowCatalog)
        self.menuView.addAction(self.actionShowInventory)
        self.menuView.addAction(self.actionShowQueue)
        self.menuView.addAction(self.actionShowEvents)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"PrintShop Desktop", None))
        self.actionConnectionSettings.setText(QCoreApplication.translate("MainWindow", u"&Connection settings\u2026", None))
#if QT_CONFIG(statustip)
        self.actionConnectionSettings.setStatusTip(QCoreApplication.translate("MainWindow", u"Choose and test the database this computer uses", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.actionConnectionSettings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionLoadDemoData.setText(QCoreApplication.translate("MainWindow", u"Load &demo data\u2026", None))
#if QT_CONFIG(statustip)
        self.actionLoadDemoData.setStatusTip(QCoreApplication.translate("MainWindow", u"Fill an empty shop with a sample shop to look around", None))
#endif // QT_CONFIG(statustip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find", None))
#if QT_CONFIG(statustip)
        self.actionFind.setStatusTip(QCoreApplication.translate("MainWindow", u"Filter the current table", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(statustip)
        self.actionRefresh.setStatusTip(QCoreApplication.translate("MainWindow", u"Load the current data from the database again", None))
#endif // QT_CONFIG(statustip)
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowCatalog.setText(QCoreApplication.translate("MainWindow", u"&Catalog", None))
#if QT_CONFIG(shortcut)
        self.actionShowCatalog.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowInventory.setText(QCoreApplication.translate("MainWindow", u"&Inventory", None))
#if QT_CONFIG(shortcut)
        self.actionShowInventory.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowQueue.setText(QCoreApplication.translate("MainWindow", u"&Print Queue", None))
#if QT_CONFIG(shortcut)
        self.actionShowQueue.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+3", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowEvents.setText(QCoreApplication.translate("MainWindow", u"&Events", None))
#if QT_CONFIG(shortcut)
        self.actionShowEvents.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+4", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About PrintShop Desktop", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

