# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'designer_list_dialog.ui'
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
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from printshop_desktop.gui.widgets.filtered_table import FilteredTable

class Ui_DesignerListDialog(object):
    def setupUi(self, DesignerListDialog):
        if not DesignerListDialog.objectName():
            DesignerListDialog.setObjectName(u"DesignerListDialog")
        DesignerListDialog.resize(640, 420)
        self.dialogLayout = QVBoxLayout(DesignerListDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(12, 12, 12, 12)
        self.introLabel = QLabel(DesignerListDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.designersTable = FilteredTable(DesignerListDialog)
        self.designersTable.setObjectName(u"designersTable")

        self.dialogLayout.addWidget(self.designersTable)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(6)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newButton = QPushButton(DesignerListDialog)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(DesignerListDialog)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.actionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.buttonBox = QDialogButtonBox(DesignerListDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actionsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.actionsLayout)


        self.retranslateUi(DesignerListDialog)
    # setupUi

    def retranslateUi(self, DesignerListDialog):
        DesignerListDialog.setWindowTitle(QCoreApplication.translate("DesignerListDialog", u"Designers", None))
        self.introLabel.setText(QCoreApplication.translate("DesignerListDialog", u"Who designed the models you print. Open a designer to change their links and notes.", None))
        self.newButton.setText(QCoreApplication.translate("DesignerListDialog", u"&New designer\u2026", None))
        self.editButton.setText(QCoreApplication.translate("DesignerListDialog", u"&Edit\u2026", None))
    # retranslateUi

