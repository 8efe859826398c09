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
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

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
        self.modelTable = FilteredTable(self.splitter)
        self.modelTable.setObjectName(u"modelTable")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.modelTable.sizePolicy().hasHeightForWidth())
        self.modelTable.setSizePolicy(sizePolicy)
        self.splitter.addWidget(self.modelTable)
        self.detailPanel = QFrame(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.detailPanel.sizePolicy().hasHeightForWidth())
        self.detailPanel.setSizePolicy(sizePolicy1)
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


        self.detailsLayout.addLayout(self.fieldsLayout)

        self.variantsCaption = QLabel(self.detailsPage)
        self.variantsCaption.setObjectName(u"variantsCaption")
        self.variantsCaption.setStyleSheet(u"font-weight: bold;")

        self.detailsLayout.addWidget(self.variantsCaption)

        self.variantView = QTableView(self.detailsPage)
        self.variantView.setObjectName(u"variantView")
        self.variantView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.variantView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.variantView.setShowGrid(False)
        self.variantView.setWordWrap(False)
        self.variantView.horizontalHeader().setStretchLastSection(True)
        self.variantView.verticalHeader().setVisible(False)

        self.detailsLayout.addWidget(self.variantView)

        self.detailSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailSpacer)

        self.detailStack.addWidget(self.detailsPage)

        self.detailLayout.addWidget(self.detailStack)

        self.splitter.addWidget(self.detailPanel)

        self.tabLayout.addWidget(self.splitter)


        self.retranslateUi(CatalogTab)
    # setupUi

    def retranslateUi(self, CatalogTab):
        self.noSelectionLabel.setText(QCoreApplication.translate("CatalogTab", u"Select a model to see its details and variants.", None))
        self.designerCaption.setText(QCoreApplication.translate("CatalogTab", u"Designer", None))
        self.categoryCaption.setText(QCoreApplication.translate("CatalogTab", u"Category", None))
        self.tagsCaption.setText(QCoreApplication.translate("CatalogTab", u"Tags", None))
        self.licenceCaption.setText(QCoreApplication.translate("CatalogTab", u"Licence", None))
        self.sellingCaption.setText(QCoreApplication.translate("CatalogTab", u"Selling prints", None))
        self.updatedCaption.setText(QCoreApplication.translate("CatalogTab", u"Last changed", None))
        self.variantsCaption.setText(QCoreApplication.translate("CatalogTab", u"Variants", None))
        pass
    # retranslateUi

