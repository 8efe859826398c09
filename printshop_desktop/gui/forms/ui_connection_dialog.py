# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connection_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_ConnectionDialog(object):
    def setupUi(self, ConnectionDialog):
        if not ConnectionDialog.objectName():
            ConnectionDialog.setObjectName(u"ConnectionDialog")
        ConnectionDialog.resize(780, 520)
        self.dialogLayout = QVBoxLayout(ConnectionDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ConnectionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setSpacing(6)
        self.listLayout.setObjectName(u"listLayout")
        self.profilesCaption = QLabel(ConnectionDialog)
        self.profilesCaption.setObjectName(u"profilesCaption")
        self.profilesCaption.setWordWrap(True)

        self.listLayout.addWidget(self.profilesCaption)

        self.profileList = QListWidget(ConnectionDialog)
        self.profileList.setObjectName(u"profileList")
        self.profileList.setMaximumSize(QSize(240, 16777215))

        self.listLayout.addWidget(self.profileList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.addButton = QPushButton(ConnectionDialog)
        self.addButton.setObjectName(u"addButton")

        self.listButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(ConnectionDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.listButtons.addWidget(self.removeButton)


        self.listLayout.addLayout(self.listButtons)


        self.bodyLayout.addLayout(self.listLayout)

        self.editorLayout = QVBoxLayout()
        self.editorLayout.setSpacing(8)
        self.editorLayout.setObjectName(u"editorLayout")
        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setHorizontalSpacing(10)
        self.profileForm.setVerticalSpacing(8)
        self.profileForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.profileFormLabel0 = QLabel(ConnectionDialog)
        self.profileFormLabel0.setObjectName(u"profileFormLabel0")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.profileFormLabel0)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(2)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(ConnectionDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(ConnectionDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)
        self.nameError.setStyleSheet(u"color: #b3261e;")

        self.nameBox.addWidget(self.nameError)


        self.profileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.profileFormLabel1 = QLabel(ConnectionDialog)
        self.profileFormLabel1.setObjectName(u"profileFormLabel1")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.profileFormLabel1)

        self.kindCombo = QComboBox(ConnectionDialog)
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.addItem("")
        self.kindCombo.setObjectName(u"kindCombo")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)


        self.editorLayout.addLayout(self.profileForm)

        self.kindStack = QStackedWidget(ConnectionDialog)
        self.kindStack.setObjectName(u"kindStack")
        self.localPage = QWidget()
        self.localPage.setObjectName(u"localPage")
        self.localLayout = QVBoxLayout(self.localPage)
        self.localLayout.setSpacing(2)
        self.localLayout.setObjectName(u"localLayout")
        self.localLayout.setContentsMargins(0, 0, 0, 0)
        self.localInfo = QLabel(self.localPage)
        self.localInfo.setObjectName(u"localInfo")
        self.localInfo.setWordWrap(True)
        self.localInfo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.localLayout.addWidget(self.localInfo)

        self.localSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.localLayout.addItem(self.localSpacer)

        self.kindStack.addWidget(self.localPage)
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QVBoxLayout(self.filePage)
        self.fileLayout.setSpacing(2)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLayout.setContentsMargins(0, 0, 0, 0)
        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileForm.setHorizontalSpacing(10)
        self.fileForm.setVerticalSpacing(8)
        self.fileForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fileFormLabel0 = QLabel(self.filePage)
        self.fileFormLabel0.setObjectName(u"fileFormLabel0")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileFormLabel0)

        self.pathBox = QVBoxLayout()
        self.pathBox.setSpacing(2)
        self.pathBox.setObjectName(u"pathBox")
        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(self.filePage)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.pathRow.addWidget(self.browseButton)


        self.pathBox.addLayout(self.pathRow)

        self.pathError = QLabel(self.filePage)
        self.pathError.setObjectName(u"pathError")
        self.pathError.setWordWrap(True)
        self.pathError.setVisible(False)
        self.pathError.setStyleSheet(u"color: #b3261e;")

        self.pathBox.addWidget(self.pathError)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pathBox)


        self.fileLayout.addLayout(self.fileForm)

        self.fileSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileLayout.addItem(self.fileSpacer)

        self.kindStack.addWidget(self.filePage)
        self.serverPage = QWidget()
        self.serverPage.setObjectName(u"serverPage")
        self.serverLayout = QVBoxLayout(self.serverPage)
        self.serverLayout.setSpacing(2)
        self.serverLayout.setObjectName(u"serverLayout")
        self.serverLayout.setContentsMargins(0, 0, 0, 0)
        self.serverForm = QFormLayout()
        self.serverForm.setObjectName(u"serverForm")
        self.serverForm.setHorizontalSpacing(10)
        self.serverForm.setVerticalSpacing(8)
        self.serverForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.serverFormLabel0 = QLabel(self.serverPage)
        self.serverFormLabel0.setObjectName(u"serverFormLabel0")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverFormLabel0)

        self.hostBox = QVBoxLayout()
        self.hostBox.setSpacing(2)
        self.hostBox.setObjectName(u"hostBox")
        self.hostEdit = QLineEdit(self.serverPage)
        self.hostEdit.setObjectName(u"hostEdit")

        self.hostBox.addWidget(self.hostEdit)

        self.hostError = QLabel(self.serverPage)
        self.hostError.setObjectName(u"hostError")
        self.hostError.setWordWrap(True)
        self.hostError.setVisible(False)
        self.hostError.setStyleSheet(u"color: #b3261e;")

        self.hostBox.addWidget(self.hostError)


        self.serverForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.hostBox)

        self.serverFormLabel1 = QLabel(self.serverPage)
        self.serverFormLabel1.setObjectName(u"serverFormLabel1")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serverFormLabel1)

        self.portBox = QVBoxLayout()
        self.portBox.setSpacing(2)
        self.portBox.setObjectName(u"portBox")
        self.portRow = QHBoxLayout()
        self.portRow.setObjectName(u"portRow")
        self.portEdit = QLineEdit(self.serverPage)
        self.portEdit.setObjectName(u"portEdit")
        self.portEdit.setMaximumSize(QSize(120, 16777215))

        self.portRow.addWidget(self.portEdit)

        self.portSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.portRow.addItem(self.portSpacer)


        self.portBox.addLayout(self.portRow)

        self.portError = QLabel(self.serverPage)
        self.portError.setObjectName(u"portError")
        self.portError.setWordWrap(True)
        self.portError.setVisible(False)
        self.portError.setStyleSheet(u"color: #b3261e;")

        self.portBox.addWidget(self.portError)


        self.serverForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.portBox)

        self.serverFormLabel2 = QLabel(self.serverPage)
        self.serverFormLabel2.setObjectName(u"serverFormLabel2")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serverFormLabel2)

        self.databaseBox = QVBoxLayout()
        self.databaseBox.setSpacing(2)
        self.databaseBox.setObjectName(u"databaseBox")
        self.databaseEdit = QLineEdit(self.serverPage)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.databaseBox.addWidget(self.databaseEdit)

        self.databaseError = QLabel(self.serverPage)
        self.databaseError.setObjectName(u"databaseError")
        self.databaseError.setWordWrap(True)
        self.databaseError.setVisible(False)
        self.databaseError.setStyleSheet(u"color: #b3261e;")

        self.databaseBox.addWidget(self.databaseError)


        self.serverForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.databaseBox)

        self.serverFormLabel3 = QLabel(self.serverPage)
        self.serverFormLabel3.setObjectName(u"serverFormLabel3")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serverFormLabel3)

        self.userBox = QVBoxLayout()
        self.userBox.setSpacing(2)
        self.userBox.setObjectName(u"userBox")
        self.userEdit = QLineEdit(self.serverPage)
        self.userEdit.setObjectName(u"userEdit")

        self.userBox.addWidget(self.userEdit)

        self.userError = QLabel(self.serverPage)
        self.userError.setObjectName(u"userError")
        self.userError.setWordWrap(True)
        self.userError.setVisible(False)
        self.userError.setStyleSheet(u"color: #b3261e;")

        self.userBox.addWidget(self.userError)


        self.serverForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.userBox)

        self.serverFormLabel4 = QLabel(self.serverPage)
        self.serverFormLabel4.setObjectName(u"serverFormLabel4")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serverFormLabel4)

        self.sslBox = QVBoxLayout()
        self.sslBox.setSpacing(2)
        self.sslBox.setObjectName(u"sslBox")
        self.sslCombo = QComboBox(self.serverPage)
        self.sslCombo.setObjectName(u"sslCombo")

        self.sslBox.addWidget(self.sslCombo)

        self.sslNote = QLabel(self.serverPage)
        self.sslNote.setObjectName(u"sslNote")
        self.sslNote.setWordWrap(False)

        self.sslBox.addWidget(self.sslNote)


        self.serverForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.sslBox)

        self.serverFormLabel5 = QLabel(self.serverPage)
        self.serverFormLabel5.setObjectName(u"serverFormLabel5")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.serverFormLabel5)

        self.passwordBox = QVBoxLayout()
        self.passwordBox.setSpacing(2)
        self.passwordBox.setObjectName(u"passwordBox")
        self.passwordEdit = QLineEdit(self.serverPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordBox.addWidget(self.passwordEdit)

        self.rememberCheck = QCheckBox(self.serverPage)
        self.rememberCheck.setObjectName(u"rememberCheck")
        self.rememberCheck.setChecked(True)

        self.passwordBox.addWidget(self.rememberCheck)

        self.keyringNote = QLabel(self.serverPage)
        self.keyringNote.setObjectName(u"keyringNote")
        self.keyringNote.setWordWrap(True)

        self.passwordBox.addWidget(self.keyringNote)


        self.serverForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.passwordBox)


        self.serverLayout.addLayout(self.serverForm)

        self.serverSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.serverLayout.addItem(self.serverSpacer)

        self.kindStack.addWidget(self.serverPage)

        self.editorLayout.addWidget(self.kindStack)

        self.testRow = QHBoxLayout()
        self.testRow.setObjectName(u"testRow")
        self.testButton = QPushButton(ConnectionDialog)
        self.testButton.setObjectName(u"testButton")

        self.testRow.addWidget(self.testButton)

        self.testResult = QLabel(ConnectionDialog)
        self.testResult.setObjectName(u"testResult")
        self.testResult.setWordWrap(True)
        self.testResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.testResult.sizePolicy().hasHeightForWidth())
        self.testResult.setSizePolicy(sizePolicy)

        self.testRow.addWidget(self.testResult)


        self.editorLayout.addLayout(self.testRow)

        self.generalError = QLabel(ConnectionDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)
        self.generalError.setStyleSheet(u"color: #b3261e;")

        self.editorLayout.addWidget(self.generalError)


        self.bodyLayout.addLayout(self.editorLayout)


        self.dialogLayout.addLayout(self.bodyLayout)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.activeLabel = QLabel(ConnectionDialog)
        self.activeLabel.setObjectName(u"activeLabel")
        self.activeLabel.setWordWrap(False)

        self.bottomRow.addWidget(self.activeLabel)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(ConnectionDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomRow.addWidget(self.saveButton)

        self.connectButton = QPushButton(ConnectionDialog)
        self.connectButton.setObjectName(u"connectButton")

        self.bottomRow.addWidget(self.connectButton)

        self.closeButton = QPushButton(ConnectionDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.profilesCaption.setBuddy(self.profileList)
        self.profileFormLabel0.setBuddy(self.nameEdit)
        self.profileFormLabel1.setBuddy(self.kindCombo)
        self.fileFormLabel0.setBuddy(self.pathEdit)
        self.serverFormLabel0.setBuddy(self.hostEdit)
        self.serverFormLabel1.setBuddy(self.portEdit)
        self.serverFormLabel2.setBuddy(self.databaseEdit)
        self.serverFormLabel3.setBuddy(self.userEdit)
        self.serverFormLabel4.setBuddy(self.sslCombo)
        self.serverFormLabel5.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.profileList, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.pathEdit)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.portEdit)
        QWidget.setTabOrder(self.portEdit, self.databaseEdit)
        QWidget.setTabOrder(self.databaseEdit, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.sslCombo)
        QWidget.setTabOrder(self.sslCombo, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.testButton)
        QWidget.setTabOrder(self.testButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.connectButton)
        QWidget.setTabOrder(self.connectButton, self.closeButton)

        self.retranslateUi(ConnectionDialog)

        self.connectButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ConnectionDialog):
        ConnectionDialog.setWindowTitle(QCoreApplication.translate("ConnectionDialog", u"Connection settings", None))
        self.introLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Choose where this computer keeps the shop\u2019s data: in one file on this computer, or on a PostgreSQL server shared by several computers. Passwords are kept in the system keyring, never in the settings file.", None))
        self.profilesCaption.setText(QCoreApplication.translate("ConnectionDialog", u"&Profiles", None))
        self.addButton.setText(QCoreApplication.translate("ConnectionDialog", u"&Add", None))
        self.removeButton.setText(QCoreApplication.translate("ConnectionDialog", u"Remo&ve", None))
        self.profileFormLabel0.setText(QCoreApplication.translate("ConnectionDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"e.g. Workshop server", None))
        self.nameError.setText("")
        self.profileFormLabel1.setText(QCoreApplication.translate("ConnectionDialog", u"&Kind", None))
        self.kindCombo.setItemText(0, QCoreApplication.translate("ConnectionDialog", u"This computer", None))
        self.kindCombo.setItemText(1, QCoreApplication.translate("ConnectionDialog", u"SQLite file", None))
        self.kindCombo.setItemText(2, QCoreApplication.translate("ConnectionDialog", u"PostgreSQL server", None))

        self.localInfo.setText("")
        self.fileFormLabel0.setText(QCoreApplication.translate("ConnectionDialog", u"&File", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"/path/to/shop.sqlite3", None))
        self.browseButton.setText(QCoreApplication.translate("ConnectionDialog", u"&Browse\u2026", None))
        self.pathError.setText("")
        self.serverFormLabel0.setText(QCoreApplication.translate("ConnectionDialog", u"&Host", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"e.g. shop-server.local", None))
        self.hostError.setText("")
        self.serverFormLabel1.setText(QCoreApplication.translate("ConnectionDialog", u"P&ort", None))
        self.portEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"5432", None))
        self.portError.setText("")
        self.serverFormLabel2.setText(QCoreApplication.translate("ConnectionDialog", u"&Database", None))
        self.databaseEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"printshop", None))
        self.databaseError.setText("")
        self.serverFormLabel3.setText(QCoreApplication.translate("ConnectionDialog", u"&User", None))
        self.userEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"your database user name", None))
        self.userError.setText("")
        self.serverFormLabel4.setText(QCoreApplication.translate("ConnectionDialog", u"&SSL mode", None))
        self.sslNote.setText(QCoreApplication.translate("ConnectionDialog", u"A server on another computer is always reached over TLS (at least \u201crequire\u201d).", None))
        self.serverFormLabel5.setText(QCoreApplication.translate("ConnectionDialog", u"Pass&word", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"leave empty to be asked when connecting", None))
        self.rememberCheck.setText(QCoreApplication.translate("ConnectionDialog", u"&Remember in the system keyring", None))
        self.keyringNote.setText("")
        self.testButton.setText(QCoreApplication.translate("ConnectionDialog", u"&Test connection", None))
        self.testResult.setText("")
        self.generalError.setText("")
        self.activeLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("ConnectionDialog", u"&Save", None))
        self.connectButton.setText(QCoreApplication.translate("ConnectionDialog", u"Save and &connect", None))
        self.closeButton.setText(QCoreApplication.translate("ConnectionDialog", u"Close", None))
    # retranslateUi

