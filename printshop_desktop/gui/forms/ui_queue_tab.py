# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queue_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from printshop_desktop.gui.tabs.queue.timeline_chart import TimelineChart
from printshop_desktop.gui.widgets.banner import Banner
from printshop_desktop.gui.widgets.filtered_table import FilteredTable

class Ui_QueueTab(object):
    def setupUi(self, QueueTab):
        if not QueueTab.objectName():
            QueueTab.setObjectName(u"QueueTab")
        QueueTab.resize(1200, 700)
        self.tabLayout = QVBoxLayout(QueueTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.banner = Banner(QueueTab)
        self.banner.setObjectName(u"banner")
        self.banner.setVisible(False)

        self.tabLayout.addWidget(self.banner)

        self.splitter = QSplitter(QueueTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.printersBox = QWidget(self.splitter)
        self.printersBox.setObjectName(u"printersBox")
        self.printersLayout = QVBoxLayout(self.printersBox)
        self.printersLayout.setObjectName(u"printersLayout")
        self.printersLayout.setContentsMargins(0, 0, 0, 0)
        self.printersTitle = QLabel(self.printersBox)
        self.printersTitle.setObjectName(u"printersTitle")
        font = QFont()
        font.setBold(True)
        self.printersTitle.setFont(font)

        self.printersLayout.addWidget(self.printersTitle)

        self.printerTable = FilteredTable(self.printersBox)
        self.printerTable.setObjectName(u"printerTable")

        self.printersLayout.addWidget(self.printerTable)

        self.printerButtons = QHBoxLayout()
        self.printerButtons.setObjectName(u"printerButtons")
        self.newPrinterButton = QPushButton(self.printersBox)
        self.newPrinterButton.setObjectName(u"newPrinterButton")

        self.printerButtons.addWidget(self.newPrinterButton)

        self.editPrinterButton = QPushButton(self.printersBox)
        self.editPrinterButton.setObjectName(u"editPrinterButton")
        self.editPrinterButton.setEnabled(False)

        self.printerButtons.addWidget(self.editPrinterButton)

        self.printerSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printerButtons.addItem(self.printerSpacer)


        self.printersLayout.addLayout(self.printerButtons)

        self.splitter.addWidget(self.printersBox)
        self.jobsBox = QWidget(self.splitter)
        self.jobsBox.setObjectName(u"jobsBox")
        self.jobsLayout = QVBoxLayout(self.jobsBox)
        self.jobsLayout.setObjectName(u"jobsLayout")
        self.jobsLayout.setContentsMargins(0, 0, 0, 0)
        self.jobButtons = QHBoxLayout()
        self.jobButtons.setObjectName(u"jobButtons")
        self.newJobButton = QPushButton(self.jobsBox)
        self.newJobButton.setObjectName(u"newJobButton")

        self.jobButtons.addWidget(self.newJobButton)

        self.editJobButton = QPushButton(self.jobsBox)
        self.editJobButton.setObjectName(u"editJobButton")
        self.editJobButton.setEnabled(False)

        self.jobButtons.addWidget(self.editJobButton)

        self.jobSeparator = QFrame(self.jobsBox)
        self.jobSeparator.setObjectName(u"jobSeparator")
        self.jobSeparator.setFrameShape(QFrame.Shape.VLine)

        self.jobButtons.addWidget(self.jobSeparator)

        self.startButton = QPushButton(self.jobsBox)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setEnabled(False)

        self.jobButtons.addWidget(self.startButton)

        self.pauseButton = QPushButton(self.jobsBox)
        self.pauseButton.setObjectName(u"pauseButton")
        self.pauseButton.setEnabled(False)

        self.jobButtons.addWidget(self.pauseButton)

        self.resumeButton = QPushButton(self.jobsBox)
        self.resumeButton.setObjectName(u"resumeButton")
        self.resumeButton.setEnabled(False)

        self.jobButtons.addWidget(self.resumeButton)

        self.finishButton = QPushButton(self.jobsBox)
        self.finishButton.setObjectName(u"finishButton")
        self.finishButton.setEnabled(False)

        self.jobButtons.addWidget(self.finishButton)

        self.failButton = QPushButton(self.jobsBox)
        self.failButton.setObjectName(u"failButton")
        self.failButton.setEnabled(False)

        self.jobButtons.addWidget(self.failButton)

        self.cancelButton = QPushButton(self.jobsBox)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)

        self.jobButtons.addWidget(self.cancelButton)

        self.jobSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.jobButtons.addItem(self.jobSpacer)


        self.jobsLayout.addLayout(self.jobButtons)

        self.viewRow = QHBoxLayout()
        self.viewRow.setObjectName(u"viewRow")
        self.viewLabel = QLabel(self.jobsBox)
        self.viewLabel.setObjectName(u"viewLabel")

        self.viewRow.addWidget(self.viewLabel)

        self.viewCombo = QComboBox(self.jobsBox)
        self.viewCombo.addItem("")
        self.viewCombo.addItem("")
        self.viewCombo.addItem("")
        self.viewCombo.addItem("")
        self.viewCombo.addItem("")
        self.viewCombo.setObjectName(u"viewCombo")
        self.viewCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.viewRow.addWidget(self.viewCombo)

        self.viewHint = QLabel(self.jobsBox)
        self.viewHint.setObjectName(u"viewHint")
        self.viewHint.setWordWrap(True)
        self.viewHint.setStyleSheet(u"color: #5f6368;")

        self.viewRow.addWidget(self.viewHint)

        self.viewRow.setStretch(2, 1)

        self.jobsLayout.addLayout(self.viewRow)

        self.views = QStackedWidget(self.jobsBox)
        self.views.setObjectName(u"views")
        self.queuePage = QWidget()
        self.queuePage.setObjectName(u"queuePage")
        self.queuePageLayout = QVBoxLayout(self.queuePage)
        self.queuePageLayout.setObjectName(u"queuePageLayout")
        self.queuePageLayout.setContentsMargins(0, 0, 0, 0)
        self.jobTable = FilteredTable(self.queuePage)
        self.jobTable.setObjectName(u"jobTable")

        self.queuePageLayout.addWidget(self.jobTable)

        self.views.addWidget(self.queuePage)
        self.printerPage = QWidget()
        self.printerPage.setObjectName(u"printerPage")
        self.printerPageLayout = QVBoxLayout(self.printerPage)
        self.printerPageLayout.setObjectName(u"printerPageLayout")
        self.printerPageLayout.setContentsMargins(0, 0, 0, 0)
        self.printerJobTable = FilteredTable(self.printerPage)
        self.printerJobTable.setObjectName(u"printerJobTable")

        self.printerPageLayout.addWidget(self.printerJobTable)

        self.views.addWidget(self.printerPage)
        self.materialPage = QWidget()
        self.materialPage.setObjectName(u"materialPage")
        self.materialPageLayout = QVBoxLayout(self.materialPage)
        self.materialPageLayout.setObjectName(u"materialPageLayout")
        self.materialPageLayout.setContentsMargins(0, 0, 0, 0)
        self.materialTable = FilteredTable(self.materialPage)
        self.materialTable.setObjectName(u"materialTable")

        self.materialPageLayout.addWidget(self.materialTable)

        self.views.addWidget(self.materialPage)
        self.timelinePage = QWidget()
        self.timelinePage.setObjectName(u"timelinePage")
        self.timelinePageLayout = QVBoxLayout(self.timelinePage)
        self.timelinePageLayout.setObjectName(u"timelinePageLayout")
        self.timelinePageLayout.setContentsMargins(0, 0, 0, 0)
        self.timelineChart = TimelineChart(self.timelinePage)
        self.timelineChart.setObjectName(u"timelineChart")

        self.timelinePageLayout.addWidget(self.timelineChart)

        self.timelineTable = FilteredTable(self.timelinePage)
        self.timelineTable.setObjectName(u"timelineTable")

        self.timelinePageLayout.addWidget(self.timelineTable)

        self.views.addWidget(self.timelinePage)
        self.historyPage = QWidget()
        self.historyPage.setObjectName(u"historyPage")
        self.historyPageLayout = QVBoxLayout(self.historyPage)
        self.historyPageLayout.setObjectName(u"historyPageLayout")
        self.historyPageLayout.setContentsMargins(0, 0, 0, 0)
        self.historyTable = FilteredTable(self.historyPage)
        self.historyTable.setObjectName(u"historyTable")

        self.historyPageLayout.addWidget(self.historyTable)

        self.views.addWidget(self.historyPage)

        self.jobsLayout.addWidget(self.views)

        self.splitter.addWidget(self.jobsBox)

        self.tabLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.viewLabel.setBuddy(self.viewCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QueueTab)
    # setupUi

    def retranslateUi(self, QueueTab):
        self.printersTitle.setText(QCoreApplication.translate("QueueTab", u"Printers", None))
        self.newPrinterButton.setText(QCoreApplication.translate("QueueTab", u"New printer\u2026", None))
        self.editPrinterButton.setText(QCoreApplication.translate("QueueTab", u"Edit printer\u2026", None))
        self.newJobButton.setText(QCoreApplication.translate("QueueTab", u"New job\u2026", None))
#if QT_CONFIG(tooltip)
        self.newJobButton.setToolTip(QCoreApplication.translate("QueueTab", u"Queue a print (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.editJobButton.setText(QCoreApplication.translate("QueueTab", u"Edit\u2026", None))
        self.startButton.setText(QCoreApplication.translate("QueueTab", u"Start\u2026", None))
        self.pauseButton.setText(QCoreApplication.translate("QueueTab", u"Pause", None))
        self.resumeButton.setText(QCoreApplication.translate("QueueTab", u"Resume", None))
        self.finishButton.setText(QCoreApplication.translate("QueueTab", u"Finish\u2026", None))
        self.failButton.setText(QCoreApplication.translate("QueueTab", u"Failed\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("QueueTab", u"Cancel job\u2026", None))
        self.viewLabel.setText(QCoreApplication.translate("QueueTab", u"&View:", None))
        self.viewCombo.setItemText(0, QCoreApplication.translate("QueueTab", u"Queue order", None))
        self.viewCombo.setItemText(1, QCoreApplication.translate("QueueTab", u"By printer", None))
        self.viewCombo.setItemText(2, QCoreApplication.translate("QueueTab", u"By material and colour", None))
        self.viewCombo.setItemText(3, QCoreApplication.translate("QueueTab", u"Timeline", None))
        self.viewCombo.setItemText(4, QCoreApplication.translate("QueueTab", u"History", None))

        self.viewHint.setText("")
        pass
    # retranslateUi

