# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'banner.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QToolButton, QVBoxLayout,
    QWidget)

class Ui_Banner(object):
    def setupUi(self, Banner):
        if not Banner.objectName():
            Banner.setObjectName(u"Banner")
        Banner.resize(900, 64)
        Banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.bannerLayout = QHBoxLayout(Banner)
        self.bannerLayout.setSpacing(10)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(12, 8, 8, 8)
        self.iconLabel = QLabel(Banner)
        self.iconLabel.setObjectName(u"iconLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setMinimumSize(QSize(32, 32))
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.bannerLayout.addWidget(self.iconLabel)

        self.textLayout = QVBoxLayout()
        self.textLayout.setSpacing(2)
        self.textLayout.setObjectName(u"textLayout")
        self.titleLabel = QLabel(Banner)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-weight: bold;")
        self.titleLabel.setWordWrap(True)

        self.textLayout.addWidget(self.titleLabel)

        self.messageLabel = QLabel(Banner)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.messageLabel)


        self.bannerLayout.addLayout(self.textLayout)

        self.primaryButton = QPushButton(Banner)
        self.primaryButton.setObjectName(u"primaryButton")
        sizePolicy.setHeightForWidth(self.primaryButton.sizePolicy().hasHeightForWidth())
        self.primaryButton.setSizePolicy(sizePolicy)

        self.bannerLayout.addWidget(self.primaryButton)

        self.secondaryButton = QPushButton(Banner)
        self.secondaryButton.setObjectName(u"secondaryButton")
        sizePolicy.setHeightForWidth(self.secondaryButton.sizePolicy().hasHeightForWidth())
        self.secondaryButton.setSizePolicy(sizePolicy)

        self.bannerLayout.addWidget(self.secondaryButton)

        self.closeButton = QToolButton(Banner)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoRaise(True)

        self.bannerLayout.addWidget(self.closeButton)

        self.bannerLayout.setStretch(1, 1)

        self.retranslateUi(Banner)
    # setupUi

    def retranslateUi(self, Banner):
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("Banner", u"Hide this message", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("Banner", u"\u2715", None))
        pass
    # retranslateUi

