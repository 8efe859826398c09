# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_report_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QVBoxLayout, QWidget)

from printshop_desktop.gui.charts.lazy_plot import PlotWidget
from printshop_desktop.gui.widgets.filtered_table import FilteredTable

class Ui_ReportPanel(object):
    def setupUi(self, ReportPanel):
        if not ReportPanel.objectName():
            ReportPanel.setObjectName(u"ReportPanel")
        ReportPanel.resize(1000, 420)
        self.panelLayout = QVBoxLayout(ReportPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.reportButtons = QHBoxLayout()
        self.reportButtons.setObjectName(u"reportButtons")
        self.compareLabel = QLabel(ReportPanel)
        self.compareLabel.setObjectName(u"compareLabel")

        self.reportButtons.addWidget(self.compareLabel)

        self.compareCombo = QComboBox(ReportPanel)
        self.compareCombo.setObjectName(u"compareCombo")
        self.compareCombo.setMinimumContentsLength(24)
        self.compareCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.reportButtons.addWidget(self.compareCombo)

        self.reportSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportButtons.addItem(self.reportSpacer)

        self.csvButton = QPushButton(ReportPanel)
        self.csvButton.setObjectName(u"csvButton")
        self.csvButton.setEnabled(False)

        self.reportButtons.addWidget(self.csvButton)

        self.pdfButton = QPushButton(ReportPanel)
        self.pdfButton.setObjectName(u"pdfButton")
        self.pdfButton.setEnabled(False)

        self.reportButtons.addWidget(self.pdfButton)


        self.panelLayout.addLayout(self.reportButtons)

        self.reportSplitter = QSplitter(ReportPanel)
        self.reportSplitter.setObjectName(u"reportSplitter")
        self.reportSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.reportSplitter.setChildrenCollapsible(False)
        self.figuresSplitter = QSplitter(self.reportSplitter)
        self.figuresSplitter.setObjectName(u"figuresSplitter")
        self.figuresSplitter.setOrientation(Qt.Orientation.Vertical)
        self.figuresSplitter.setChildrenCollapsible(False)
        self.figureTable = FilteredTable(self.figuresSplitter)
        self.figureTable.setObjectName(u"figureTable")
        self.figuresSplitter.addWidget(self.figureTable)
        self.productTable = FilteredTable(self.figuresSplitter)
        self.productTable.setObjectName(u"productTable")
        self.figuresSplitter.addWidget(self.productTable)
        self.reportSplitter.addWidget(self.figuresSplitter)
        self.chartsBox = QWidget(self.reportSplitter)
        self.chartsBox.setObjectName(u"chartsBox")
        self.chartsLayout = QVBoxLayout(self.chartsBox)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)
        self.hourPlot = PlotWidget(self.chartsBox)
        self.hourPlot.setObjectName(u"hourPlot")

        self.chartsLayout.addWidget(self.hourPlot)

        self.productPlot = PlotWidget(self.chartsBox)
        self.productPlot.setObjectName(u"productPlot")

        self.chartsLayout.addWidget(self.productPlot)

        self.reportSplitter.addWidget(self.chartsBox)

        self.panelLayout.addWidget(self.reportSplitter)

#if QT_CONFIG(shortcut)
        self.compareLabel.setBuddy(self.compareCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportPanel)
    # setupUi

    def retranslateUi(self, ReportPanel):
        self.compareLabel.setText(QCoreApplication.translate("ReportPanel", u"Compare &with:", None))
        self.csvButton.setText(QCoreApplication.translate("ReportPanel", u"Export CSV\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("ReportPanel", u"Export PDF\u2026", None))
        pass
    # retranslateUi

