# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'labels_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_LabelsDialog(object):
    def setupUi(self, LabelsDialog):
        if not LabelsDialog.objectName():
            LabelsDialog.setObjectName(u"LabelsDialog")
        LabelsDialog.resize(520, 240)
        self.dialogLayout = QVBoxLayout(LabelsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(LabelsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.sizeLabel = QLabel(LabelsDialog)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sizeLabel)

        self.sizeCombo = QComboBox(LabelsDialog)
        self.sizeCombo.setObjectName(u"sizeCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sizeCombo)

        self.fileLabel = QLabel(LabelsDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(LabelsDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(LabelsDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.dialogLayout.addLayout(self.form)

        self.hintLabel = QLabel(LabelsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.dialogLayout.addWidget(self.hintLabel)

        self.generalError = QLabel(LabelsDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setVisible(False)
        self.generalError.setStyleSheet(u"color: #b3261e;")
        self.generalError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(LabelsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sizeLabel.setBuddy(self.sizeCombo)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LabelsDialog)
    # setupUi

    def retranslateUi(self, LabelsDialog):
        LabelsDialog.setWindowTitle(QCoreApplication.translate("LabelsDialog", u"Print labels", None))
        self.summaryLabel.setText("")
        self.sizeLabel.setText(QCoreApplication.translate("LabelsDialog", u"Label &size:", None))
        self.fileLabel.setText(QCoreApplication.translate("LabelsDialog", u"&Save to:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("LabelsDialog", u"labels.pdf", None))
        self.browseButton.setText(QCoreApplication.translate("LabelsDialog", u"C&hoose\u2026", None))
        self.hintLabel.setText(QCoreApplication.translate("LabelsDialog", u"One page per label, at the label's own size: print it on the label printer at 100 % (no scaling).", None))
        self.generalError.setText("")
    # retranslateUi

