# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stock_ledger_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

from printshop_desktop.gui.widgets.filtered_table import FilteredTable

class Ui_StockLedgerDialog(object):
    def setupUi(self, StockLedgerDialog):
        if not StockLedgerDialog.objectName():
            StockLedgerDialog.setObjectName(u"StockLedgerDialog")
        StockLedgerDialog.resize(1100, 560)
        self.dialogLayout = QVBoxLayout(StockLedgerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(StockLedgerDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setStyleSheet(u"font-size: 15px; font-weight: 600;")

        self.dialogLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(StockLedgerDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.ledgerTable = FilteredTable(StockLedgerDialog)
        self.ledgerTable.setObjectName(u"ledgerTable")

        self.dialogLayout.addWidget(self.ledgerTable)

        self.buttonBox = QDialogButtonBox(StockLedgerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(StockLedgerDialog)
    # setupUi

    def retranslateUi(self, StockLedgerDialog):
        StockLedgerDialog.setWindowTitle(QCoreApplication.translate("StockLedgerDialog", u"Stock history", None))
        self.summaryLabel.setText("")
    # retranslateUi

