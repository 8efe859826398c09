# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sliced_file_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SlicedFileDialog(object):
    def setupUi(self, SlicedFileDialog):
        if not SlicedFileDialog.objectName():
            SlicedFileDialog.setObjectName(u"SlicedFileDialog")
        SlicedFileDialog.resize(620, 460)
        self.dialogLayout = QVBoxLayout(SlicedFileDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headlineLabel = QLabel(SlicedFileDialog)
        self.headlineLabel.setObjectName(u"headlineLabel")
        self.headlineLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.headlineLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headlineLabel)

        self.introLabel = QLabel(SlicedFileDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.factsLayout = QFormLayout()
        self.factsLayout.setObjectName(u"factsLayout")
        self.fileCaption = QLabel(SlicedFileDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileValue = QLabel(SlicedFileDialog)
        self.fileValue.setObjectName(u"fileValue")
        self.fileValue.setWordWrap(True)

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fileValue)

        self.versionCaption = QLabel(SlicedFileDialog)
        self.versionCaption.setObjectName(u"versionCaption")

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.versionCaption)

        self.versionValue = QLabel(SlicedFileDialog)
        self.versionValue.setObjectName(u"versionValue")

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.versionValue)

        self.slicerCaption = QLabel(SlicedFileDialog)
        self.slicerCaption.setObjectName(u"slicerCaption")

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.slicerCaption)

        self.slicerValue = QLabel(SlicedFileDialog)
        self.slicerValue.setObjectName(u"slicerValue")
        self.slicerValue.setWordWrap(True)

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.slicerValue)

        self.timeCaption = QLabel(SlicedFileDialog)
        self.timeCaption.setObjectName(u"timeCaption")

        self.factsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeCaption)

        self.timeValue = QLabel(SlicedFileDialog)
        self.timeValue.setObjectName(u"timeValue")

        self.factsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.timeValue)

        self.settingsCaption = QLabel(SlicedFileDialog)
        self.settingsCaption.setObjectName(u"settingsCaption")

        self.factsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.settingsCaption)

        self.settingsValue = QLabel(SlicedFileDialog)
        self.settingsValue.setObjectName(u"settingsValue")

        self.factsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.settingsValue)


        self.dialogLayout.addLayout(self.factsLayout)

        self.toolsCaption = QLabel(SlicedFileDialog)
        self.toolsCaption.setObjectName(u"toolsCaption")
        self.toolsCaption.setStyleSheet(u"font-weight: bold;")

        self.dialogLayout.addWidget(self.toolsCaption)

        self.toolsHost = QWidget(SlicedFileDialog)
        self.toolsHost.setObjectName(u"toolsHost")
        self.toolsLayout = QGridLayout(self.toolsHost)
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.toolsLayout.setContentsMargins(0, 0, 0, 0)

        self.dialogLayout.addWidget(self.toolsHost)

        self.problemLabel = QLabel(SlicedFileDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet(u"color: #b3261e;")

        self.dialogLayout.addWidget(self.problemLabel)

        self.usePrintTimeCheck = QCheckBox(SlicedFileDialog)
        self.usePrintTimeCheck.setObjectName(u"usePrintTimeCheck")
        self.usePrintTimeCheck.setChecked(True)

        self.dialogLayout.addWidget(self.usePrintTimeCheck)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SlicedFileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(SlicedFileDialog)
    # setupUi

    def retranslateUi(self, SlicedFileDialog):
        SlicedFileDialog.setWindowTitle(QCoreApplication.translate("SlicedFileDialog", u"Set sliced file", None))
        self.introLabel.setText(QCoreApplication.translate("SlicedFileDialog", u"The file says the following. Check the filament for each tool, then save.", None))
        self.fileCaption.setText(QCoreApplication.translate("SlicedFileDialog", u"File", None))
        self.versionCaption.setText(QCoreApplication.translate("SlicedFileDialog", u"Version", None))
        self.slicerCaption.setText(QCoreApplication.translate("SlicedFileDialog", u"Slicer", None))
        self.timeCaption.setText(QCoreApplication.translate("SlicedFileDialog", u"Print time", None))
        self.settingsCaption.setText(QCoreApplication.translate("SlicedFileDialog", u"Layer / nozzle", None))
        self.toolsCaption.setText(QCoreApplication.translate("SlicedFileDialog", u"Filament per tool", None))
        self.usePrintTimeCheck.setText(QCoreApplication.translate("SlicedFileDialog", u"Use the file's print time for this variant's costs", None))
    # retranslateUi

