# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'storage_dialog.ui'
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
    QFormLayout, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StorageDialog(object):
    def setupUi(self, StorageDialog):
        if not StorageDialog.objectName():
            StorageDialog.setObjectName(u"StorageDialog")
        StorageDialog.resize(600, 520)
        self.dialogLayout = QVBoxLayout(StorageDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(StorageDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.localRadio = QRadioButton(StorageDialog)
        self.localRadio.setObjectName(u"localRadio")
        self.localRadio.setChecked(True)

        self.dialogLayout.addWidget(self.localRadio)

        self.localBox = QWidget(StorageDialog)
        self.localBox.setObjectName(u"localBox")
        self.localLayout = QGridLayout(self.localBox)
        self.localLayout.setObjectName(u"localLayout")
        self.localLayout.setContentsMargins(24, -1, -1, -1)
        self.folderEdit = QLineEdit(self.localBox)
        self.folderEdit.setObjectName(u"folderEdit")

        self.localLayout.addWidget(self.folderEdit, 0, 0, 1, 1)

        self.browseButton = QPushButton(self.localBox)
        self.browseButton.setObjectName(u"browseButton")

        self.localLayout.addWidget(self.browseButton, 0, 1, 1, 1)

        self.folderHint = QLabel(self.localBox)
        self.folderHint.setObjectName(u"folderHint")
        self.folderHint.setWordWrap(True)
        self.folderHint.setStyleSheet(u"color: #6b6b6b;")

        self.localLayout.addWidget(self.folderHint, 1, 0, 1, 2)


        self.dialogLayout.addWidget(self.localBox)

        self.s3Radio = QRadioButton(StorageDialog)
        self.s3Radio.setObjectName(u"s3Radio")

        self.dialogLayout.addWidget(self.s3Radio)

        self.s3Box = QWidget(StorageDialog)
        self.s3Box.setObjectName(u"s3Box")
        self.s3Layout = QFormLayout(self.s3Box)
        self.s3Layout.setObjectName(u"s3Layout")
        self.s3Layout.setContentsMargins(24, -1, -1, -1)
        self.endpointCaption = QLabel(self.s3Box)
        self.endpointCaption.setObjectName(u"endpointCaption")

        self.s3Layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.endpointCaption)

        self.endpointEdit = QLineEdit(self.s3Box)
        self.endpointEdit.setObjectName(u"endpointEdit")

        self.s3Layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.endpointEdit)

        self.bucketCaption = QLabel(self.s3Box)
        self.bucketCaption.setObjectName(u"bucketCaption")

        self.s3Layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bucketCaption)

        self.bucketEdit = QLineEdit(self.s3Box)
        self.bucketEdit.setObjectName(u"bucketEdit")

        self.s3Layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bucketEdit)

        self.regionCaption = QLabel(self.s3Box)
        self.regionCaption.setObjectName(u"regionCaption")

        self.s3Layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regionCaption)

        self.regionEdit = QLineEdit(self.s3Box)
        self.regionEdit.setObjectName(u"regionEdit")

        self.s3Layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.regionEdit)

        self.keyIdCaption = QLabel(self.s3Box)
        self.keyIdCaption.setObjectName(u"keyIdCaption")

        self.s3Layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keyIdCaption)

        self.keyIdEdit = QLineEdit(self.s3Box)
        self.keyIdEdit.setObjectName(u"keyIdEdit")

        self.s3Layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keyIdEdit)

        self.secretCaption = QLabel(self.s3Box)
        self.secretCaption.setObjectName(u"secretCaption")

        self.s3Layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.secretCaption)

        self.secretEdit = QLineEdit(self.s3Box)
        self.secretEdit.setObjectName(u"secretEdit")
        self.secretEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.s3Layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.secretEdit)

        self.keyringLabel = QLabel(self.s3Box)
        self.keyringLabel.setObjectName(u"keyringLabel")
        self.keyringLabel.setWordWrap(True)
        self.keyringLabel.setStyleSheet(u"color: #6b6b6b;")

        self.s3Layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.keyringLabel)


        self.dialogLayout.addWidget(self.s3Box)

        self.testLayout = QHBoxLayout()
        self.testLayout.setObjectName(u"testLayout")
        self.testButton = QPushButton(StorageDialog)
        self.testButton.setObjectName(u"testButton")

        self.testLayout.addWidget(self.testButton)

        self.resultLabel = QLabel(StorageDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.resultLabel.sizePolicy().hasHeightForWidth())
        self.resultLabel.setSizePolicy(sizePolicy)

        self.testLayout.addWidget(self.resultLabel)


        self.dialogLayout.addLayout(self.testLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(StorageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.endpointCaption.setBuddy(self.endpointEdit)
        self.bucketCaption.setBuddy(self.bucketEdit)
        self.regionCaption.setBuddy(self.regionEdit)
        self.keyIdCaption.setBuddy(self.keyIdEdit)
        self.secretCaption.setBuddy(self.secretEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StorageDialog)
    # setupUi

    def retranslateUi(self, StorageDialog):
        StorageDialog.setWindowTitle(QCoreApplication.translate("StorageDialog", u"Storage settings", None))
        self.introLabel.setText(QCoreApplication.translate("StorageDialog", u"Where this computer keeps the shop's model and sliced files. Every file is stored once, by its fingerprint, and never overwritten.", None))
        self.localRadio.setText(QCoreApplication.translate("StorageDialog", u"A &folder on this computer or a network share (one PC)", None))
        self.browseButton.setText(QCoreApplication.translate("StorageDialog", u"&Browse\u2026", None))
        self.s3Radio.setText(QCoreApplication.translate("StorageDialog", u"&Cloudflare R2 or another S3 bucket (several PCs)", None))
        self.endpointCaption.setText(QCoreApplication.translate("StorageDialog", u"&Endpoint", None))
        self.endpointEdit.setPlaceholderText(QCoreApplication.translate("StorageDialog", u"https://<account id>.r2.cloudflarestorage.com", None))
        self.bucketCaption.setText(QCoreApplication.translate("StorageDialog", u"B&ucket", None))
        self.regionCaption.setText(QCoreApplication.translate("StorageDialog", u"&Region", None))
        self.regionEdit.setPlaceholderText(QCoreApplication.translate("StorageDialog", u"auto", None))
        self.keyIdCaption.setText(QCoreApplication.translate("StorageDialog", u"Access &key id", None))
        self.secretCaption.setText(QCoreApplication.translate("StorageDialog", u"&Secret", None))
        self.testButton.setText(QCoreApplication.translate("StorageDialog", u"&Test connection", None))
    # retranslateUi

