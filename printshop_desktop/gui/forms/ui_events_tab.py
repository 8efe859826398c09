# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'events_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QVBoxLayout, QWidget)

from printshop_desktop.gui.tabs.events.par_panel import ParPanel
from printshop_desktop.gui.tabs.events.report_panel import ReportPanel
from printshop_desktop.gui.widgets.banner import Banner
from printshop_desktop.gui.widgets.filtered_table import FilteredTable

class Ui_EventsTab(object):
    def setupUi(self, EventsTab):
        if not EventsTab.objectName():
            EventsTab.setObjectName(u"EventsTab")
        EventsTab.resize(1200, 700)
        self.tabLayout = QVBoxLayout(EventsTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.banner = Banner(EventsTab)
        self.banner.setObjectName(u"banner")
        self.banner.setVisible(False)

        self.tabLayout.addWidget(self.banner)

        self.eventButtons = QHBoxLayout()
        self.eventButtons.setObjectName(u"eventButtons")
        self.newEventButton = QPushButton(EventsTab)
        self.newEventButton.setObjectName(u"newEventButton")

        self.eventButtons.addWidget(self.newEventButton)

        self.editEventButton = QPushButton(EventsTab)
        self.editEventButton.setObjectName(u"editEventButton")
        self.editEventButton.setEnabled(False)

        self.eventButtons.addWidget(self.editEventButton)

        self.eventSeparator = QFrame(EventsTab)
        self.eventSeparator.setObjectName(u"eventSeparator")
        self.eventSeparator.setFrameShape(QFrame.Shape.VLine)

        self.eventButtons.addWidget(self.eventSeparator)

        self.backButton = QPushButton(EventsTab)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setEnabled(False)

        self.eventButtons.addWidget(self.backButton)

        self.forwardButton = QPushButton(EventsTab)
        self.forwardButton.setObjectName(u"forwardButton")
        self.forwardButton.setEnabled(False)

        self.eventButtons.addWidget(self.forwardButton)

        self.closeButton = QPushButton(EventsTab)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setEnabled(False)

        self.eventButtons.addWidget(self.closeButton)

        self.eventSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.eventButtons.addItem(self.eventSpacer)

        self.stallButton = QPushButton(EventsTab)
        self.stallButton.setObjectName(u"stallButton")
        self.stallButton.setEnabled(False)
        self.stallButton.setStyleSheet(u"QPushButton { font-weight: bold; padding: 4px 14px; }")

        self.eventButtons.addWidget(self.stallButton)


        self.tabLayout.addLayout(self.eventButtons)

        self.splitter = QSplitter(EventsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.eventTable = FilteredTable(self.splitter)
        self.eventTable.setObjectName(u"eventTable")
        self.splitter.addWidget(self.eventTable)
        self.details = QTabWidget(self.splitter)
        self.details.setObjectName(u"details")
        self.details.setDocumentMode(True)
        self.parPage = QWidget()
        self.parPage.setObjectName(u"parPage")
        self.parPageLayout = QVBoxLayout(self.parPage)
        self.parPageLayout.setObjectName(u"parPageLayout")
        self.parPageLayout.setContentsMargins(0, 0, 0, 0)
        self.par = ParPanel(self.parPage)
        self.par.setObjectName(u"par")

        self.parPageLayout.addWidget(self.par)

        self.details.addTab(self.parPage, "")
        self.reportPage = QWidget()
        self.reportPage.setObjectName(u"reportPage")
        self.reportPageLayout = QVBoxLayout(self.reportPage)
        self.reportPageLayout.setObjectName(u"reportPageLayout")
        self.reportPageLayout.setContentsMargins(0, 0, 0, 0)
        self.report = ReportPanel(self.reportPage)
        self.report.setObjectName(u"report")

        self.reportPageLayout.addWidget(self.report)

        self.details.addTab(self.reportPage, "")
        self.splitter.addWidget(self.details)

        self.tabLayout.addWidget(self.splitter)


        self.retranslateUi(EventsTab)

        self.details.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, EventsTab):
        self.newEventButton.setText(QCoreApplication.translate("EventsTab", u"New event\u2026", None))
        self.editEventButton.setText(QCoreApplication.translate("EventsTab", u"Edit\u2026", None))
        self.backButton.setText(QCoreApplication.translate("EventsTab", u"Back to planning", None))
        self.forwardButton.setText(QCoreApplication.translate("EventsTab", u"Start packing", None))
        self.closeButton.setText(QCoreApplication.translate("EventsTab", u"Close and reconcile\u2026", None))
        self.stallButton.setText(QCoreApplication.translate("EventsTab", u"Stall mode", None))
#if QT_CONFIG(tooltip)
        self.stallButton.setToolTip(QCoreApplication.translate("EventsTab", u"A simple full-screen view for selling and counting at the stall", None))
#endif // QT_CONFIG(tooltip)
        self.details.setTabText(self.details.indexOf(self.parPage), QCoreApplication.translate("EventsTab", u"Par list and packing", None))
        self.details.setTabText(self.details.indexOf(self.reportPage), QCoreApplication.translate("EventsTab", u"Report", None))
        pass
    # retranslateUi

