# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'model_files_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ModelFilesPanel(object):
    def setupUi(self, ModelFilesPanel):
        if not ModelFilesPanel.objectName():
            ModelFilesPanel.setObjectName(u"ModelFilesPanel")
        ModelFilesPanel.resize(340, 620)
        self.filesLayout = QVBoxLayout(ModelFilesPanel)
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesLayout.setContentsMargins(0, 0, 0, 0)
        self.filesCaption = QLabel(ModelFilesPanel)
        self.filesCaption.setObjectName(u"filesCaption")
        self.filesCaption.setStyleSheet(u"font-weight: bold;")

        self.filesLayout.addWidget(self.filesCaption)

        self.emptyLabel = QLabel(ModelFilesPanel)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setStyleSheet(u"color: #6b6b6b;")

        self.filesLayout.addWidget(self.emptyLabel)

        self.filesView = QTableView(ModelFilesPanel)
        self.filesView.setObjectName(u"filesView")
        self.filesView.setMaximumSize(QSize(16777215, 130))
        self.filesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.filesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.filesView.setShowGrid(False)
        self.filesView.setWordWrap(False)
        self.filesView.horizontalHeader().setStretchLastSection(False)
        self.filesView.verticalHeader().setVisible(False)

        self.filesLayout.addWidget(self.filesView)

        self.fileCard = QWidget(ModelFilesPanel)
        self.fileCard.setObjectName(u"fileCard")
        self.cardLayout = QVBoxLayout(self.fileCard)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(0, 0, 0, 0)
        self.previewStack = QStackedWidget(self.fileCard)
        self.previewStack.setObjectName(u"previewStack")
        self.previewStack.setMinimumSize(QSize(0, 200))
        self.picturePage = QWidget()
        self.picturePage.setObjectName(u"picturePage")
        self.pictureLayout = QVBoxLayout(self.picturePage)
        self.pictureLayout.setObjectName(u"pictureLayout")
        self.pictureLayout.setContentsMargins(0, 0, 0, 0)
        self.thumbnailLabel = QLabel(self.picturePage)
        self.thumbnailLabel.setObjectName(u"thumbnailLabel")
        self.thumbnailLabel.setMinimumSize(QSize(0, 200))
        self.thumbnailLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnailLabel.setStyleSheet(u"background: #f4f4f4; border-radius: 4px; color: #6b6b6b;")
        self.thumbnailLabel.setWordWrap(True)

        self.pictureLayout.addWidget(self.thumbnailLabel)

        self.previewStack.addWidget(self.picturePage)
        self.viewerPage = QWidget()
        self.viewerPage.setObjectName(u"viewerPage")
        self.viewerLayout = QVBoxLayout(self.viewerPage)
        self.viewerLayout.setObjectName(u"viewerLayout")
        self.viewerLayout.setContentsMargins(0, 0, 0, 0)
        self.previewStack.addWidget(self.viewerPage)

        self.cardLayout.addWidget(self.previewStack)

        self.previewNote = QLabel(self.fileCard)
        self.previewNote.setObjectName(u"previewNote")
        self.previewNote.setWordWrap(True)
        self.previewNote.setStyleSheet(u"color: #6b6b6b; font-size: 8pt;")

        self.cardLayout.addWidget(self.previewNote)

        self.previewButtons = QHBoxLayout()
        self.previewButtons.setObjectName(u"previewButtons")
        self.show3dButton = QPushButton(self.fileCard)
        self.show3dButton.setObjectName(u"show3dButton")

        self.previewButtons.addWidget(self.show3dButton)

        self.resetViewButton = QPushButton(self.fileCard)
        self.resetViewButton.setObjectName(u"resetViewButton")

        self.previewButtons.addWidget(self.resetViewButton)


        self.cardLayout.addLayout(self.previewButtons)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.openButton = QPushButton(self.fileCard)
        self.openButton.setObjectName(u"openButton")

        self.fileButtons.addWidget(self.openButton)

        self.exportButton = QPushButton(self.fileCard)
        self.exportButton.setObjectName(u"exportButton")

        self.fileButtons.addWidget(self.exportButton)


        self.cardLayout.addLayout(self.fileButtons)

        self.metaLayout = QFormLayout()
        self.metaLayout.setObjectName(u"metaLayout")
        self.metaLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.kindCaption = QLabel(self.fileCard)
        self.kindCaption.setObjectName(u"kindCaption")

        self.metaLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindValue = QLabel(self.fileCard)
        self.kindValue.setObjectName(u"kindValue")
        self.kindValue.setWordWrap(True)

        self.metaLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.slicerCaption = QLabel(self.fileCard)
        self.slicerCaption.setObjectName(u"slicerCaption")

        self.metaLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.slicerCaption)

        self.slicerValue = QLabel(self.fileCard)
        self.slicerValue.setObjectName(u"slicerValue")
        self.slicerValue.setWordWrap(True)

        self.metaLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.slicerValue)

        self.timeCaption = QLabel(self.fileCard)
        self.timeCaption.setObjectName(u"timeCaption")

        self.metaLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.timeCaption)

        self.timeValue = QLabel(self.fileCard)
        self.timeValue.setObjectName(u"timeValue")

        self.metaLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.timeValue)

        self.filamentCaption = QLabel(self.fileCard)
        self.filamentCaption.setObjectName(u"filamentCaption")

        self.metaLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.filamentCaption)

        self.filamentValue = QLabel(self.fileCard)
        self.filamentValue.setObjectName(u"filamentValue")
        self.filamentValue.setWordWrap(True)
        self.filamentValue.setTextFormat(Qt.TextFormat.RichText)

        self.metaLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.filamentValue)

        self.layerCaption = QLabel(self.fileCard)
        self.layerCaption.setObjectName(u"layerCaption")

        self.metaLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.layerCaption)

        self.layerValue = QLabel(self.fileCard)
        self.layerValue.setObjectName(u"layerValue")

        self.metaLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.layerValue)

        self.printerCaption = QLabel(self.fileCard)
        self.printerCaption.setObjectName(u"printerCaption")

        self.metaLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.printerCaption)

        self.printerValue = QLabel(self.fileCard)
        self.printerValue.setObjectName(u"printerValue")
        self.printerValue.setWordWrap(True)

        self.metaLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.printerValue)

        self.meshCaption = QLabel(self.fileCard)
        self.meshCaption.setObjectName(u"meshCaption")

        self.metaLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.meshCaption)

        self.meshValue = QLabel(self.fileCard)
        self.meshValue.setObjectName(u"meshValue")
        self.meshValue.setWordWrap(True)

        self.metaLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.meshValue)

        self.storedCaption = QLabel(self.fileCard)
        self.storedCaption.setObjectName(u"storedCaption")

        self.metaLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.storedCaption)

        self.storedValue = QLabel(self.fileCard)
        self.storedValue.setObjectName(u"storedValue")
        self.storedValue.setWordWrap(True)

        self.metaLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.storedValue)


        self.cardLayout.addLayout(self.metaLayout)


        self.filesLayout.addWidget(self.fileCard)


        self.retranslateUi(ModelFilesPanel)
    # setupUi

    def retranslateUi(self, ModelFilesPanel):
        self.filesCaption.setText(QCoreApplication.translate("ModelFilesPanel", u"Files", None))
        self.emptyLabel.setText(QCoreApplication.translate("ModelFilesPanel", u"No files yet. Drop model or sliced files onto this model in the table (or a sliced file onto a variant).", None))
        self.show3dButton.setText(QCoreApplication.translate("ModelFilesPanel", u"Show &3D", None))
#if QT_CONFIG(tooltip)
        self.show3dButton.setToolTip(QCoreApplication.translate("ModelFilesPanel", u"Rotate (drag), zoom (wheel) and pan (right-drag) the model.", None))
#endif // QT_CONFIG(tooltip)
        self.resetViewButton.setText(QCoreApplication.translate("ModelFilesPanel", u"Reset &view", None))
        self.openButton.setText(QCoreApplication.translate("ModelFilesPanel", u"&Open in slicer", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("ModelFilesPanel", u"Open the file with the program your computer uses for it.", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ModelFilesPanel", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ModelFilesPanel", u"Save a copy of the file where you choose.", None))
#endif // QT_CONFIG(tooltip)
        self.kindCaption.setText(QCoreApplication.translate("ModelFilesPanel", u"Kind", None))
        self.slicerCaption.setText(QCoreApplication.translate("ModelFilesPanel", u"Slicer", None))
        self.timeCaption.setText(QCoreApplication.translate("ModelFilesPanel", u"Print time", None))
        self.filamentCaption.setText(QCoreApplication.translate("ModelFilesPanel", u"Filament", None))
        self.layerCaption.setText(QCoreApplication.translate("ModelFilesPanel", u"Layer / nozzle", None))
        self.printerCaption.setText(QCoreApplication.translate("ModelFilesPanel", u"Printer", None))
        self.meshCaption.setText(QCoreApplication.translate("ModelFilesPanel", u"Model size", None))
        self.storedCaption.setText(QCoreApplication.translate("ModelFilesPanel", u"Stored", None))
        pass
    # retranslateUi

