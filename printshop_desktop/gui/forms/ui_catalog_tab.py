# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

from printshop_desktop.gui.tabs.catalog.cost_panel import CostPanel
from printshop_desktop.gui.widgets.filtered_table import FilteredTable

class Ui_CatalogTab(object):
    def setupUi(self, CatalogTab):
        if not CatalogTab.objectName():
            CatalogTab.setObjectName(u"CatalogTab")
        CatalogTab.resize(1200, 700)
        self.tabLayout = QVBoxLayout(CatalogTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.splitter = QSplitter(CatalogTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.browseSplitter = QSplitter(self.splitter)
        self.browseSplitter.setObjectName(u"browseSplitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.browseSplitter.sizePolicy().hasHeightForWidth())
        self.browseSplitter.setSizePolicy(sizePolicy)
        self.browseSplitter.setOrientation(Qt.Orientation.Vertical)
        self.browseSplitter.setChildrenCollapsible(False)
        self.modelTable = FilteredTable(self.browseSplitter)
        self.modelTable.setObjectName(u"modelTable")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.modelTable.sizePolicy().hasHeightForWidth())
        self.modelTable.setSizePolicy(sizePolicy1)
        self.browseSplitter.addWidget(self.modelTable)
        self.variantsPanel = QFrame(self.browseSplitter)
        self.variantsPanel.setObjectName(u"variantsPanel")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(2)
        sizePolicy2.setHeightForWidth(self.variantsPanel.sizePolicy().hasHeightForWidth())
        self.variantsPanel.setSizePolicy(sizePolicy2)
        self.variantsPanel.setMinimumSize(QSize(0, 150))
        self.variantsLayout = QVBoxLayout(self.variantsPanel)
        self.variantsLayout.setObjectName(u"variantsLayout")
        self.variantsLayout.setContentsMargins(0, 4, 0, 0)
        self.variantsHeader = QHBoxLayout()
        self.variantsHeader.setObjectName(u"variantsHeader")
        self.variantsCaption = QLabel(self.variantsPanel)
        self.variantsCaption.setObjectName(u"variantsCaption")
        self.variantsCaption.setStyleSheet(u"font-weight: bold;")

        self.variantsHeader.addWidget(self.variantsCaption)

        self.variantsHeaderSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.variantsHeader.addItem(self.variantsHeaderSpacer)

        self.newVariantButton = QPushButton(self.variantsPanel)
        self.newVariantButton.setObjectName(u"newVariantButton")

        self.variantsHeader.addWidget(self.newVariantButton)

        self.editVariantButton = QPushButton(self.variantsPanel)
        self.editVariantButton.setObjectName(u"editVariantButton")

        self.variantsHeader.addWidget(self.editVariantButton)


        self.variantsLayout.addLayout(self.variantsHeader)

        self.variantsSplitter = QSplitter(self.variantsPanel)
        self.variantsSplitter.setObjectName(u"variantsSplitter")
        self.variantsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.variantsSplitter.setChildrenCollapsible(False)
        self.variantView = QTableView(self.variantsSplitter)
        self.variantView.setObjectName(u"variantView")
        sizePolicy.setHeightForWidth(self.variantView.sizePolicy().hasHeightForWidth())
        self.variantView.setSizePolicy(sizePolicy)
        self.variantView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.variantView.setAlternatingRowColors(True)
        self.variantView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.variantView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.variantView.setShowGrid(False)
        self.variantView.setWordWrap(False)
        self.variantsSplitter.addWidget(self.variantView)
        self.variantView.horizontalHeader().setStretchLastSection(False)
        self.variantView.verticalHeader().setVisible(False)
        self.costPanel = CostPanel(self.variantsSplitter)
        self.costPanel.setObjectName(u"costPanel")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy3.setHorizontalStretch(1)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.costPanel.sizePolicy().hasHeightForWidth())
        self.costPanel.setSizePolicy(sizePolicy3)
        self.variantsSplitter.addWidget(self.costPanel)

        self.variantsLayout.addWidget(self.variantsSplitter)

        self.browseSplitter.addWidget(self.variantsPanel)
        self.splitter.addWidget(self.browseSplitter)
        self.detailPanel = QFrame(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        sizePolicy3.setHeightForWidth(self.detailPanel.sizePolicy().hasHeightForWidth())
        self.detailPanel.setSizePolicy(sizePolicy3)
        self.detailPanel.setMinimumSize(QSize(260, 0))
        self.detailPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailStack = QStackedWidget(self.detailPanel)
        self.detailStack.setObjectName(u"detailStack")
        self.noSelectionPage = QWidget()
        self.noSelectionPage.setObjectName(u"noSelectionPage")
        self.noSelectionLayout = QVBoxLayout(self.noSelectionPage)
        self.noSelectionLayout.setObjectName(u"noSelectionLayout")
        self.noSelectionLabel = QLabel(self.noSelectionPage)
        self.noSelectionLabel.setObjectName(u"noSelectionLabel")
        self.noSelectionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.noSelectionLabel.setWordWrap(True)

        self.noSelectionLayout.addWidget(self.noSelectionLabel)

        self.detailStack.addWidget(self.noSelectionPage)
        self.detailsPage = QWidget()
        self.detailsPage.setObjectName(u"detailsPage")
        self.detailsLayout = QVBoxLayout(self.detailsPage)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(4, -1, 4, -1)
        self.nameValue = QLabel(self.detailsPage)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setStyleSheet(u"font-size: 15pt; font-weight: bold;")
        self.nameValue.setWordWrap(True)
        self.nameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.nameValue)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.designerCaption = QLabel(self.detailsPage)
        self.designerCaption.setObjectName(u"designerCaption")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.designerCaption)

        self.designerValue = QLabel(self.detailsPage)
        self.designerValue.setObjectName(u"designerValue")
        self.designerValue.setWordWrap(True)
        self.designerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.designerValue)

        self.categoryCaption = QLabel(self.detailsPage)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryCaption)

        self.categoryValue = QLabel(self.detailsPage)
        self.categoryValue.setObjectName(u"categoryValue")
        self.categoryValue.setWordWrap(True)
        self.categoryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryValue)

        self.tagsCaption = QLabel(self.detailsPage)
        self.tagsCaption.setObjectName(u"tagsCaption")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tagsCaption)

        self.tagsValue = QLabel(self.detailsPage)
        self.tagsValue.setObjectName(u"tagsValue")
        self.tagsValue.setWordWrap(True)
        self.tagsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tagsValue)

        self.licenceCaption = QLabel(self.detailsPage)
        self.licenceCaption.setObjectName(u"licenceCaption")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.licenceCaption)

        self.licenceValue = QLabel(self.detailsPage)
        self.licenceValue.setObjectName(u"licenceValue")
        self.licenceValue.setWordWrap(True)
        self.licenceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.licenceValue)

        self.sellingCaption = QLabel(self.detailsPage)
        self.sellingCaption.setObjectName(u"sellingCaption")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sellingCaption)

        self.sellingValue = QLabel(self.detailsPage)
        self.sellingValue.setObjectName(u"sellingValue")
        self.sellingValue.setWordWrap(True)
        self.sellingValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sellingValue)

        self.updatedCaption = QLabel(self.detailsPage)
        self.updatedCaption.setObjectName(u"updatedCaption")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.updatedCaption)

        self.updatedValue = QLabel(self.detailsPage)
        self.updatedValue.setObjectName(u"updatedValue")
        self.updatedValue.setWordWrap(True)
        self.updatedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.updatedValue)

        self.sourceCaption = QLabel(self.detailsPage)
        self.sourceCaption.setObjectName(u"sourceCaption")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sourceCaption)

        self.sourceValue = QLabel(self.detailsPage)
        self.sourceValue.setObjectName(u"sourceValue")
        self.sourceValue.setWordWrap(True)
        self.sourceValue.setOpenExternalLinks(True)
        self.sourceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sourceValue)

        self.notesCaption = QLabel(self.detailsPage)
        self.notesCaption.setObjectName(u"notesCaption")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesValue = QLabel(self.detailsPage)
        self.notesValue.setObjectName(u"notesValue")
        self.notesValue.setWordWrap(True)
        self.notesValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesValue)


        self.detailsLayout.addLayout(self.fieldsLayout)

        self.licenceWarning = QLabel(self.detailsPage)
        self.licenceWarning.setObjectName(u"licenceWarning")
        self.licenceWarning.setVisible(False)
        self.licenceWarning.setStyleSheet(u"#licenceWarning { color: #a50e0e; background: #fce8e6; border: 1px solid #f4b4ae; border-radius: 6px; padding: 6px; }")
        self.licenceWarning.setWordWrap(True)
        self.licenceWarning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.licenceWarning)

        self.detailSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailSpacer)

        self.detailStack.addWidget(self.detailsPage)

        self.detailLayout.addWidget(self.detailStack)

        self.splitter.addWidget(self.detailPanel)

        self.tabLayout.addWidget(self.splitter)


        self.retranslateUi(CatalogTab)
    # setupUi

    def retranslateUi(self, CatalogTab):
        self.variantsCaption.setText(QCoreApplication.translate("CatalogTab", u"Variants", None))
        self.newVariantButton.setText(QCoreApplication.translate("CatalogTab", u"New &variant\u2026", None))
        self.editVariantButton.setText(QCoreApplication.translate("CatalogTab", u"Edit v&ariant\u2026", None))
        self.noSelectionLabel.setText(QCoreApplication.translate("CatalogTab", u"Select a model to see its details and variants.", None))
        self.designerCaption.setText(QCoreApplication.translate("CatalogTab", u"Designer", None))
        self.categoryCaption.setText(QCoreApplication.translate("CatalogTab", u"Category", None))
        self.tagsCaption.setText(QCoreApplication.translate("CatalogTab", u"Tags", None))
        self.licenceCaption.setText(QCoreApplication.translate("CatalogTab", u"Licence", None))
        self.sellingCaption.setText(QCoreApplication.translate("CatalogTab", u"Selling prints", None))
        self.updatedCaption.setText(QCoreApplication.translate("CatalogTab", u"Last changed", None))
        self.sourceCaption.setText(QCoreApplication.translate("CatalogTab", u"Source", None))
        self.notesCaption.setText(QCoreApplication.translate("CatalogTab", u"Notes", None))
        pass
    # retranslateUi

