"""Add or edit one catalogue item; the save itself is an operation handed in by the caller."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from inventory_app.domain.errors import InputError, InventoryError
from inventory_app.domain.item_rules import NEW_ITEM_DEFAULTS, ItemSpec
from inventory_app.i18n.catalogue import tr
from inventory_app.services.catalogue.editor_reads import ItemFormChoices as Choices
from inventory_app.ui.dialogs.buttons import standard_buttons
from inventory_app.ui.dialogs.item_form import ItemForm, Problems, field_of
from inventory_app.ui.read_only import make_read_only

SaveItem = Callable[[ItemSpec], InventoryError | None]


class ItemDialog(QDialog):
    """The item editor: problems beside their fields, save errors kept inside the dialog."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        spec: ItemSpec | None,
        choices: Choices,
        save: SaveItem,
        read_only: str | None = None,
        show_costs: bool = True,
    ) -> None:
        """`read_only`: why this person may only look (None: they may edit)."""
        super().__init__(parent)
        self._save = save
        self.saved: ItemSpec | None = None
        self.editing = spec is not None
        self.setWindowTitle(tr("Edit {sku}").format(sku=spec.sku) if spec else tr("New item"))
        self.form = ItemForm(choices)
        self.form.load(spec or NEW_ITEM_DEFAULTS)
        self.form.set_sku_read_only(self.editing)
        self.banner = QLabel(wordWrap=True)
        self.banner.setObjectName("dialogError")
        self.banner.hide()
        self.buttons = standard_buttons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.edited.connect(self._revalidate)
        self.form.focus_field("name" if self.editing else "sku")
        if not show_costs:
            self.form.hide_cost()
        self.read_only = read_only
        if read_only is not None:
            make_read_only(read_only, layout=layout, content=[self.form], buttons=self.buttons)
        self.resize(820, 0)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        spec: ItemSpec | None,
        choices: Choices,
        save: SaveItem,
        read_only: str | None = None,
        show_costs: bool = True,
    ) -> ItemSpec | None:
        """Show the dialog modally; the saved spec, or None when cancelled."""
        dialog = cls(
            parent, spec=spec, choices=choices, save=save, read_only=read_only,
            show_costs=show_costs,
        )  # fmt: skip
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _revalidate(self) -> None:
        _spec, problems = self.form.read()
        self.form.show_problems(problems, everywhere=False)

    def accept(self) -> None:
        if self.read_only is not None:
            return
        """Refuse while any field has a problem; a failed save stays open with its reason."""
        spec, problems = self.form.read()
        if problems:
            self._refuse(problems, tr("Please correct the fields marked in red."))
            return
        error = self._save(spec)
        if error is not None:
            self._show_save_error(error)
            return
        self.saved = spec
        super().accept()

    def _refuse(self, problems: Problems, message: str) -> None:
        self.form.show_problems(problems, everywhere=True)
        self.show_banner(message)
        self.form.focus_field(next(iter(problems)))

    def _show_save_error(self, error: InventoryError) -> None:
        if isinstance(error, InputError) and (field := field_of(error)) is not None:
            self._refuse({field: error.detail}, tr("Not saved: see the field marked in red."))
        else:
            self.show_banner(tr("Not saved: {reason}").format(reason=error))

    def show_banner(self, message: str) -> None:
        """A message above the fields for what belongs to no single field."""
        self.banner.setText(message)
        self.banner.show()
