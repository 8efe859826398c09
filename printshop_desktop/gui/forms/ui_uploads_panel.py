# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'uploads_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_UploadsPanel(object):
    def setupUi(self, UploadsPanel):
        if not UploadsPanel.objectName():
            UploadsPanel.setObjectName(u"UploadsPanel")
        UploadsPanel.resize(900, 220)
        self.panelLayout = QVBoxLayout(UploadsPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(4, 4, 4, 4)
        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.pauseButton = QPushButton(UploadsPanel)
        self.pauseButton.setObjectName(u"pauseButton")

        self.buttonLayout.addWidget(self.pauseButton)

        self.retryButton = QPushButton(UploadsPanel)
        self.retryButton.setObjectName(u"retryButton")

        self.buttonLayout.addWidget(self.retryButton)

        self.cancelButton = QPushButton(UploadsPanel)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.summaryLabel = QLabel(UploadsPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.buttonLayout.addWidget(self.summaryLabel)


        self.panelLayout.addLayout(self.buttonLayout)

        self.uploadsView = QTableView(UploadsPanel)
        self.uploadsView.setObjectName(u"uploadsView")
        self.uploadsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.uploadsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.uploadsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.uploadsView.setShowGrid(False)
        self.uploadsView.setWordWrap(False)
        self.uploadsView.setAlternatingRowColors(True)
        self.uploadsView.verticalHeader().setVisible(False)

        self.panelLayout.addWidget(self.uploadsView)


        self.retranslateUi(UploadsPanel)
    # setupUi

    def retranslateUi(self, UploadsPanel):
        self.pauseButton.setText(QCoreApplication.translate("UploadsPanel", u"&Pause", None))
#if QT_CONFIG(tooltip)
        self.pauseButton.setToolTip(QCoreApplication.translate("UploadsPanel", u"Stop after the parts on their way; Resume sends only what is missing.", None))
#endif // QT_CONFIG(tooltip)
        self.retryButton.setText(QCoreApplication.translate("UploadsPanel", u"&Resume / retry", None))
        self.cancelButton.setText(QCoreApplication.translate("UploadsPanel", u"&Cancel upload", None))
        self.summaryLabel.setText(QCoreApplication.translate("UploadsPanel", u"No uploads yet. Drop files onto the Catalog to add them.", None))
        pass
    # retranslateUi

