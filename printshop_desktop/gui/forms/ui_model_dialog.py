# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'model_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ModelDialog(object):
    def setupUi(self, ModelDialog):
        if not ModelDialog.objectName():
            ModelDialog.setObjectName(u"ModelDialog")
        ModelDialog.resize(600, 640)
        self.dialogLayout = QVBoxLayout(ModelDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(12, 12, 12, 12)
        self.conflictBox = QFrame(ModelDialog)
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

        self.designGroup = QGroupBox(ModelDialog)
        self.designGroup.setObjectName(u"designGroup")
        self.designLayout = QFormLayout(self.designGroup)
        self.designLayout.setObjectName(u"designLayout")
        self.designLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.designLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameCaption = QLabel(self.designGroup)
        self.nameCaption.setObjectName(u"nameCaption")

        self.designLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameField = QVBoxLayout()
        self.nameField.setSpacing(2)
        self.nameField.setObjectName(u"nameField")
        self.nameField.setContentsMargins(0, 0, 0, 0)
        self.nameEdit = QLineEdit(self.designGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameField.addWidget(self.nameEdit)

        self.nameError = QLabel(self.designGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setStyleSheet(u"color: #b3261e;")
        self.nameError.setVisible(False)

        self.nameField.addWidget(self.nameError)


        self.designLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameField)

        self.designerCaption = QLabel(self.designGroup)
        self.designerCaption.setObjectName(u"designerCaption")

        self.designLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.designerCaption)

        self.designerField = QVBoxLayout()
        self.designerField.setSpacing(2)
        self.designerField.setObjectName(u"designerField")
        self.designerField.setContentsMargins(0, 0, 0, 0)
        self.designerRow = QHBoxLayout()
        self.designerRow.setSpacing(6)
        self.designerRow.setObjectName(u"designerRow")
        self.designerCombo = QComboBox(self.designGroup)
        self.designerCombo.setObjectName(u"designerCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.designerCombo.sizePolicy().hasHeightForWidth())
        self.designerCombo.setSizePolicy(sizePolicy)

        self.designerRow.addWidget(self.designerCombo)

        self.newDesignerButton = QPushButton(self.designGroup)
        self.newDesignerButton.setObjectName(u"newDesignerButton")

        self.designerRow.addWidget(self.newDesignerButton)


        self.designerField.addLayout(self.designerRow)

        self.designerError = QLabel(self.designGroup)
        self.designerError.setObjectName(u"designerError")
        self.designerError.setWordWrap(True)
        self.designerError.setStyleSheet(u"color: #b3261e;")
        self.designerError.setVisible(False)

        self.designerField.addWidget(self.designerError)


        self.designLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.designerField)

        self.categoryCaption = QLabel(self.designGroup)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.designLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryCaption)

        self.categoryField = QVBoxLayout()
        self.categoryField.setSpacing(2)
        self.categoryField.setObjectName(u"categoryField")
        self.categoryField.setContentsMargins(0, 0, 0, 0)
        self.categoryEdit = QLineEdit(self.designGroup)
        self.categoryEdit.setObjectName(u"categoryEdit")

        self.categoryField.addWidget(self.categoryEdit)

        self.categoryError = QLabel(self.designGroup)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setWordWrap(True)
        self.categoryError.setStyleSheet(u"color: #b3261e;")
        self.categoryError.setVisible(False)

        self.categoryField.addWidget(self.categoryError)


        self.designLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.categoryField)

        self.tagsCaption = QLabel(self.designGroup)
        self.tagsCaption.setObjectName(u"tagsCaption")

        self.designLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tagsCaption)

        self.tagsField = QVBoxLayout()
        self.tagsField.setSpacing(2)
        self.tagsField.setObjectName(u"tagsField")
        self.tagsField.setContentsMargins(0, 0, 0, 0)
        self.tagsEdit = QLineEdit(self.designGroup)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.tagsField.addWidget(self.tagsEdit)

        self.tagsError = QLabel(self.designGroup)
        self.tagsError.setObjectName(u"tagsError")
        self.tagsError.setWordWrap(True)
        self.tagsError.setStyleSheet(u"color: #b3261e;")
        self.tagsError.setVisible(False)

        self.tagsField.addWidget(self.tagsError)


        self.designLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.tagsField)

        self.sourceUrlCaption = QLabel(self.designGroup)
        self.sourceUrlCaption.setObjectName(u"sourceUrlCaption")

        self.designLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sourceUrlCaption)

        self.sourceUrlField = QVBoxLayout()
        self.sourceUrlField.setSpacing(2)
        self.sourceUrlField.setObjectName(u"sourceUrlField")
        self.sourceUrlField.setContentsMargins(0, 0, 0, 0)
        self.sourceUrlEdit = QLineEdit(self.designGroup)
        self.sourceUrlEdit.setObjectName(u"sourceUrlEdit")

        self.sourceUrlField.addWidget(self.sourceUrlEdit)

        self.sourceUrlError = QLabel(self.designGroup)
        self.sourceUrlError.setObjectName(u"sourceUrlError")
        self.sourceUrlError.setWordWrap(True)
        self.sourceUrlError.setStyleSheet(u"color: #b3261e;")
        self.sourceUrlError.setVisible(False)

        self.sourceUrlField.addWidget(self.sourceUrlError)


        self.designLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.sourceUrlField)


        self.dialogLayout.addWidget(self.designGroup)

        self.licenceGroup = QGroupBox(ModelDialog)
        self.licenceGroup.setObjectName(u"licenceGroup")
        self.licenceLayout = QFormLayout(self.licenceGroup)
        self.licenceLayout.setObjectName(u"licenceLayout")
        self.licenceLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.licenceLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.licenceCaption = QLabel(self.licenceGroup)
        self.licenceCaption.setObjectName(u"licenceCaption")

        self.licenceLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.licenceCaption)

        self.licenceField = QVBoxLayout()
        self.licenceField.setSpacing(2)
        self.licenceField.setObjectName(u"licenceField")
        self.licenceField.setContentsMargins(0, 0, 0, 0)
        self.licenceCombo = QComboBox(self.licenceGroup)
        self.licenceCombo.setObjectName(u"licenceCombo")

        self.licenceField.addWidget(self.licenceCombo)

        self.licenceIdEdit = QLineEdit(self.licenceGroup)
        self.licenceIdEdit.setObjectName(u"licenceIdEdit")

        self.licenceField.addWidget(self.licenceIdEdit)

        self.licenceTextEdit = QPlainTextEdit(self.licenceGroup)
        self.licenceTextEdit.setObjectName(u"licenceTextEdit")
        self.licenceTextEdit.setTabChangesFocus(True)
        self.licenceTextEdit.setMinimumSize(QSize(0, 70))

        self.licenceField.addWidget(self.licenceTextEdit)

        self.licenceHint = QLabel(self.licenceGroup)
        self.licenceHint.setObjectName(u"licenceHint")
        self.licenceHint.setWordWrap(True)
        self.licenceHint.setStyleSheet(u"color: #5f6368;")

        self.licenceField.addWidget(self.licenceHint)

        self.licenceError = QLabel(self.licenceGroup)
        self.licenceError.setObjectName(u"licenceError")
        self.licenceError.setWordWrap(True)
        self.licenceError.setStyleSheet(u"color: #b3261e;")
        self.licenceError.setVisible(False)

        self.licenceField.addWidget(self.licenceError)


        self.licenceLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.licenceField)

        self.sellingCaption = QLabel(self.licenceGroup)
        self.sellingCaption.setObjectName(u"sellingCaption")

        self.licenceLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sellingCaption)

        self.sellingField = QVBoxLayout()
        self.sellingField.setSpacing(2)
        self.sellingField.setObjectName(u"sellingField")
        self.sellingField.setContentsMargins(0, 0, 0, 0)
        self.sellingCheck = QCheckBox(self.licenceGroup)
        self.sellingCheck.setObjectName(u"sellingCheck")

        self.sellingField.addWidget(self.sellingCheck)

        self.proofEdit = QLineEdit(self.licenceGroup)
        self.proofEdit.setObjectName(u"proofEdit")

        self.sellingField.addWidget(self.proofEdit)

        self.untilRow = QHBoxLayout()
        self.untilRow.setSpacing(6)
        self.untilRow.setObjectName(u"untilRow")
        self.untilCheck = QCheckBox(self.licenceGroup)
        self.untilCheck.setObjectName(u"untilCheck")

        self.untilRow.addWidget(self.untilCheck)

        self.untilDate = QDateEdit(self.licenceGroup)
        self.untilDate.setObjectName(u"untilDate")
        self.untilDate.setCalendarPopup(True)

        self.untilRow.addWidget(self.untilDate)

        self.untilSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.untilRow.addItem(self.untilSpacer)


        self.sellingField.addLayout(self.untilRow)

        self.sellingAllowedUntilError = QLabel(self.licenceGroup)
        self.sellingAllowedUntilError.setObjectName(u"sellingAllowedUntilError")
        self.sellingAllowedUntilError.setWordWrap(True)
        self.sellingAllowedUntilError.setStyleSheet(u"color: #b3261e;")
        self.sellingAllowedUntilError.setVisible(False)

        self.sellingField.addWidget(self.sellingAllowedUntilError)


        self.licenceLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.sellingField)


        self.dialogLayout.addWidget(self.licenceGroup)

        self.notesGroup = QGroupBox(ModelDialog)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setSpacing(2)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setContentsMargins(6, 6, 6, 6)
        self.notesEdit = QPlainTextEdit(self.notesGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 80))

        self.notesLayout.addWidget(self.notesEdit)


        self.dialogLayout.addWidget(self.notesGroup)

        self.generalError = QLabel(ModelDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setVisible(False)

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ModelDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameCaption.setBuddy(self.nameEdit)
        self.designerCaption.setBuddy(self.designerCombo)
        self.categoryCaption.setBuddy(self.categoryEdit)
        self.tagsCaption.setBuddy(self.tagsEdit)
        self.sourceUrlCaption.setBuddy(self.sourceUrlEdit)
        self.licenceCaption.setBuddy(self.licenceCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ModelDialog)
    # setupUi

    def retranslateUi(self, ModelDialog):
        ModelDialog.setWindowTitle(QCoreApplication.translate("ModelDialog", u"Model", None))
        self.conflictLabel.setText("")
        self.reloadButton.setText(QCoreApplication.translate("ModelDialog", u"&Reload", None))
        self.designGroup.setTitle(QCoreApplication.translate("ModelDialog", u"Design", None))
        self.nameCaption.setText(QCoreApplication.translate("ModelDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ModelDialog", u"e.g. Articulated Dragon", None))
        self.nameError.setText("")
        self.designerCaption.setText(QCoreApplication.translate("ModelDialog", u"&Designer", None))
        self.newDesignerButton.setText(QCoreApplication.translate("ModelDialog", u"New &designer\u2026", None))
        self.designerError.setText("")
        self.categoryCaption.setText(QCoreApplication.translate("ModelDialog", u"&Category", None))
        self.categoryEdit.setPlaceholderText(QCoreApplication.translate("ModelDialog", u"e.g. Creatures/Dragons \u2014 use / for sub-categories", None))
        self.categoryError.setText("")
        self.tagsCaption.setText(QCoreApplication.translate("ModelDialog", u"&Tags", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("ModelDialog", u"comma separated, e.g. dragon, fantasy", None))
        self.tagsError.setText("")
        self.sourceUrlCaption.setText(QCoreApplication.translate("ModelDialog", u"&Source", None))
        self.sourceUrlEdit.setPlaceholderText(QCoreApplication.translate("ModelDialog", u"https://\u2026 where the files came from", None))
        self.sourceUrlError.setText("")
        self.licenceGroup.setTitle(QCoreApplication.translate("ModelDialog", u"Licence and selling", None))
        self.licenceCaption.setText(QCoreApplication.translate("ModelDialog", u"&Licence", None))
        self.licenceIdEdit.setPlaceholderText(QCoreApplication.translate("ModelDialog", u"SPDX id, e.g. CC-BY-SA-4.0", None))
        self.licenceTextEdit.setPlaceholderText(QCoreApplication.translate("ModelDialog", u"The licence terms in your words, e.g. \u201cPatreon commercial tier: prints may be sold\u201d", None))
        self.licenceHint.setText("")
        self.licenceError.setText("")
        self.sellingCaption.setText(QCoreApplication.translate("ModelDialog", u"Selling", None))
        self.sellingCheck.setText(QCoreApplication.translate("ModelDialog", u"Selling &prints is allowed", None))
        self.proofEdit.setPlaceholderText(QCoreApplication.translate("ModelDialog", u"Proof: licence name, Patreon tier, receipt or e-mail", None))
        self.untilCheck.setText(QCoreApplication.translate("ModelDialog", u"Only &until", None))
        self.untilDate.setDisplayFormat(QCoreApplication.translate("ModelDialog", u"d MMM yyyy", None))
        self.sellingAllowedUntilError.setText("")
        self.notesGroup.setTitle(QCoreApplication.translate("ModelDialog", u"Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ModelDialog", u"Print settings that work, supports, painting notes\u2026", None))
        self.generalError.setText("")
    # retranslateUi

