# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'designer_dialog.ui'
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
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_DesignerDialog(object):
    def setupUi(self, DesignerDialog):
        if not DesignerDialog.objectName():
            DesignerDialog.setObjectName(u"DesignerDialog")
        DesignerDialog.resize(480, 300)
        self.dialogLayout = QVBoxLayout(DesignerDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(12, 12, 12, 12)
        self.conflictBox = QFrame(DesignerDialog)
        self.conflictBox.setObjectName(u"conflictBox")
        self.conflictBox.setVisible(False)
        self.conflictBox.setStyleSheet(u"#conflictBox { background: #fef7e0; border: 1px solid #f9d67a; border-radius: 6px; }")
        self.conflictBox.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflictLayout = QHBoxLayout(self.conflictBox)
        self.conflictLayout.setSpacing(6)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictLabel = QLabel(self.conflictBox)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setWordWrap(True)

        self.conflictLayout.addWidget(self.conflictLabel)

        self.reloadButton = QPushButton(self.conflictBox)
        self.reloadButton.setObjectName(u"reloadButton")

        self.conflictLayout.addWidget(self.reloadButton)


        self.dialogLayout.addWidget(self.conflictBox)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameCaption = QLabel(DesignerDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameField = QVBoxLayout()
        self.nameField.setSpacing(2)
        self.nameField.setObjectName(u"nameField")
        self.nameField.setContentsMargins(0, 0, 0, 0)
        self.nameEdit = QLineEdit(DesignerDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameField.addWidget(self.nameEdit)

        self.nameError = QLabel(DesignerDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setStyleSheet(u"color: #b3261e;")
        self.nameError.setVisible(False)

        self.nameField.addWidget(self.nameError)


        self.fieldsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameField)

        self.urlCaption = QLabel(DesignerDialog)
        self.urlCaption.setObjectName(u"urlCaption")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.urlCaption)

        self.urlField = QVBoxLayout()
        self.urlField.setSpacing(2)
        self.urlField.setObjectName(u"urlField")
        self.urlField.setContentsMargins(0, 0, 0, 0)
        self.urlEdit = QLineEdit(DesignerDialog)
        self.urlEdit.setObjectName(u"urlEdit")

        self.urlField.addWidget(self.urlEdit)

        self.urlError = QLabel(DesignerDialog)
        self.urlError.setObjectName(u"urlError")
        self.urlError.setWordWrap(True)
        self.urlError.setStyleSheet(u"color: #b3261e;")
        self.urlError.setVisible(False)

        self.urlField.addWidget(self.urlError)


        self.fieldsLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.urlField)

        self.shopUrlCaption = QLabel(DesignerDialog)
        self.shopUrlCaption.setObjectName(u"shopUrlCaption")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shopUrlCaption)

        self.shopUrlField = QVBoxLayout()
        self.shopUrlField.setSpacing(2)
        self.shopUrlField.setObjectName(u"shopUrlField")
        self.shopUrlField.setContentsMargins(0, 0, 0, 0)
        self.shopUrlEdit = QLineEdit(DesignerDialog)
        self.shopUrlEdit.setObjectName(u"shopUrlEdit")

        self.shopUrlField.addWidget(self.shopUrlEdit)

        self.shopUrlError = QLabel(DesignerDialog)
        self.shopUrlError.setObjectName(u"shopUrlError")
        self.shopUrlError.setWordWrap(True)
        self.shopUrlError.setStyleSheet(u"color: #b3261e;")
        self.shopUrlError.setVisible(False)

        self.shopUrlField.addWidget(self.shopUrlError)


        self.fieldsLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.shopUrlField)

        self.notesCaption = QLabel(DesignerDialog)
        self.notesCaption.setObjectName(u"notesCaption")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesEdit = QPlainTextEdit(DesignerDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 90))

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.generalError = QLabel(DesignerDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setVisible(False)

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(DesignerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.urlCaption.setBuddy(self.urlEdit)
        self.shopUrlCaption.setBuddy(self.shopUrlEdit)
        self.notesCaption.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DesignerDialog)
    # setupUi

    def retranslateUi(self, DesignerDialog):
        DesignerDialog.setWindowTitle(QCoreApplication.translate("DesignerDialog", u"Designer", None))
        self.conflictLabel.setText("")
        self.reloadButton.setText(QCoreApplication.translate("DesignerDialog", u"&Reload", None))
        self.nameCaption.setText(QCoreApplication.translate("DesignerDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("DesignerDialog", u"As the designer signs their work", None))
        self.nameError.setText("")
        self.urlCaption.setText(QCoreApplication.translate("DesignerDialog", u"&Website", None))
        self.urlEdit.setPlaceholderText(QCoreApplication.translate("DesignerDialog", u"https://www.printables.com/@\u2026", None))
        self.urlError.setText("")
        self.shopUrlCaption.setText(QCoreApplication.translate("DesignerDialog", u"&Shop", None))
        self.shopUrlEdit.setPlaceholderText(QCoreApplication.translate("DesignerDialog", u"Where their files or licences are sold", None))
        self.shopUrlError.setText("")
        self.notesCaption.setText(QCoreApplication.translate("DesignerDialog", u"N&otes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("DesignerDialog", u"Licence terms agreed, contact, tiers\u2026", None))
        self.generalError.setText("")
    # retranslateUi

