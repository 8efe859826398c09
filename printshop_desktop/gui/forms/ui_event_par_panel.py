# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_par_panel.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from printshop_desktop.gui.widgets.filtered_table import FilteredTable

class Ui_ParPanel(object):
    def setupUi(self, ParPanel):
        if not ParPanel.objectName():
            ParPanel.setObjectName(u"ParPanel")
        ParPanel.resize(1000, 400)
        self.panelLayout = QVBoxLayout(ParPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.parButtons = QHBoxLayout()
        self.parButtons.setObjectName(u"parButtons")
        self.addButton = QPushButton(ParPanel)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setEnabled(False)

        self.parButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(ParPanel)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setEnabled(False)

        self.parButtons.addWidget(self.removeButton)

        self.planButton = QPushButton(ParPanel)
        self.planButton.setObjectName(u"planButton")
        self.planButton.setEnabled(False)

        self.parButtons.addWidget(self.planButton)

        self.packButton = QPushButton(ParPanel)
        self.packButton.setObjectName(u"packButton")
        self.packButton.setEnabled(False)

        self.parButtons.addWidget(self.packButton)

        self.pdfButton = QPushButton(ParPanel)
        self.pdfButton.setObjectName(u"pdfButton")
        self.pdfButton.setEnabled(False)

        self.parButtons.addWidget(self.pdfButton)

        self.csvButton = QPushButton(ParPanel)
        self.csvButton.setObjectName(u"csvButton")
        self.csvButton.setEnabled(False)

        self.parButtons.addWidget(self.csvButton)

        self.parSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.parButtons.addItem(self.parSpacer)

        self.terminalButton = QPushButton(ParPanel)
        self.terminalButton.setObjectName(u"terminalButton")
        self.terminalButton.setEnabled(False)

        self.parButtons.addWidget(self.terminalButton)


        self.panelLayout.addLayout(self.parButtons)

        self.summaryLabel = QLabel(ParPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setStyleSheet(u"color: #5f6368;")

        self.panelLayout.addWidget(self.summaryLabel)

        self.parTable = FilteredTable(ParPanel)
        self.parTable.setObjectName(u"parTable")

        self.panelLayout.addWidget(self.parTable)


        self.retranslateUi(ParPanel)
    # setupUi

    def retranslateUi(self, ParPanel):
        self.addButton.setText(QCoreApplication.translate("ParPanel", u"Add products\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("ParPanel", u"Remove", None))
        self.planButton.setText(QCoreApplication.translate("ParPanel", u"Plan production\u2026", None))
#if QT_CONFIG(tooltip)
        self.planButton.setToolTip(QCoreApplication.translate("ParPanel", u"Turn the shortfall into print jobs due before the event", None))
#endif // QT_CONFIG(tooltip)
        self.packButton.setText(QCoreApplication.translate("ParPanel", u"Pack\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("ParPanel", u"Packing list PDF\u2026", None))
        self.csvButton.setText(QCoreApplication.translate("ParPanel", u"Packing list CSV\u2026", None))
        self.terminalButton.setText(QCoreApplication.translate("ParPanel", u"Card terminal CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.terminalButton.setToolTip(QCoreApplication.translate("ParPanel", u"Match a Square or SumUp sales export against the sales recorded here", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText("")
        pass
    # retranslateUi

