# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_products_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_EventProductsDialog(object):
    def setupUi(self, EventProductsDialog):
        if not EventProductsDialog.objectName():
            EventProductsDialog.setObjectName(u"EventProductsDialog")
        EventProductsDialog.resize(560, 560)
        self.dialogLayout = QVBoxLayout(EventProductsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tagsLayout = QHBoxLayout()
        self.tagsLayout.setObjectName(u"tagsLayout")
        self.tagsLabel = QLabel(EventProductsDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.tagsLayout.addWidget(self.tagsLabel)

        self.tagsEdit = QLineEdit(EventProductsDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.tagsLayout.addWidget(self.tagsEdit)

        self.tickTagsButton = QPushButton(EventProductsDialog)
        self.tickTagsButton.setObjectName(u"tickTagsButton")

        self.tagsLayout.addWidget(self.tickTagsButton)


        self.dialogLayout.addLayout(self.tagsLayout)

        self.filterEdit = QLineEdit(EventProductsDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.filterEdit)

        self.productList = QListWidget(EventProductsDialog)
        self.productList.setObjectName(u"productList")
        self.productList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.productList)

        self.plannedLayout = QHBoxLayout()
        self.plannedLayout.setObjectName(u"plannedLayout")
        self.plannedLabel = QLabel(EventProductsDialog)
        self.plannedLabel.setObjectName(u"plannedLabel")

        self.plannedLayout.addWidget(self.plannedLabel)

        self.plannedSpin = QSpinBox(EventProductsDialog)
        self.plannedSpin.setObjectName(u"plannedSpin")
        self.plannedSpin.setMinimum(1)
        self.plannedSpin.setMaximum(999)
        self.plannedSpin.setValue(5)

        self.plannedLayout.addWidget(self.plannedSpin)

        self.plannedSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.plannedLayout.addItem(self.plannedSpacer)

        self.countLabel = QLabel(EventProductsDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #5f6368;")

        self.plannedLayout.addWidget(self.countLabel)


        self.dialogLayout.addLayout(self.plannedLayout)

        self.errorLabel = QLabel(EventProductsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EventProductsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.plannedLabel.setBuddy(self.plannedSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventProductsDialog)
    # setupUi

    def retranslateUi(self, EventProductsDialog):
        EventProductsDialog.setWindowTitle(QCoreApplication.translate("EventProductsDialog", u"Add products to the par list", None))
        self.tagsLabel.setText(QCoreApplication.translate("EventProductsDialog", u"Theme &tags:", None))
        self.tickTagsButton.setText(QCoreApplication.translate("EventProductsDialog", u"Tick matching", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("EventProductsDialog", u"Find a product\u2026", None))
        self.plannedLabel.setText(QCoreApplication.translate("EventProductsDialog", u"&Plan of each:", None))
        self.countLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

