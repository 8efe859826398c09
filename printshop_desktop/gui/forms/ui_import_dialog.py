# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

from printshop_desktop.gui.widgets.filtered_table import FilteredTable

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(960, 560)
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.sourceRow = QHBoxLayout()
        self.sourceRow.setObjectName(u"sourceRow")
        self.entityLabel = QLabel(ImportDialog)
        self.entityLabel.setObjectName(u"entityLabel")

        self.sourceRow.addWidget(self.entityLabel)

        self.entityCombo = QComboBox(ImportDialog)
        self.entityCombo.setObjectName(u"entityCombo")

        self.sourceRow.addWidget(self.entityCombo)

        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.sourceRow.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(ImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.sourceRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ImportDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.sourceRow.addWidget(self.browseButton)


        self.dialogLayout.addLayout(self.sourceRow)

        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.previewTable = FilteredTable(ImportDialog)
        self.previewTable.setObjectName(u"previewTable")

        self.dialogLayout.addWidget(self.previewTable)

        self.skipBadCheck = QCheckBox(ImportDialog)
        self.skipBadCheck.setObjectName(u"skipBadCheck")
        self.skipBadCheck.setEnabled(False)

        self.dialogLayout.addWidget(self.skipBadCheck)

        self.generalError = QLabel(ImportDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.entityLabel.setBuddy(self.entityCombo)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import CSV", None))
        self.entityLabel.setText(QCoreApplication.translate("ImportDialog", u"&What:", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Choose a CSV file\u2026", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"C&hoose\u2026", None))
        self.summaryLabel.setText("")
        self.skipBadCheck.setText(QCoreApplication.translate("ImportDialog", u"&Skip the bad rows and import the rest", None))
        self.generalError.setText("")
    # retranslateUi

