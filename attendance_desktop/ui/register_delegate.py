"""How the register's rows are painted: avatars, status pills, save states, recent marks.

``RegisterDelegate`` draws the student column (a photo or coloured initials,
the name, a "merged" badge), the status as a pill in its code's colour, a
small mark saying whether the row is saved (a tick, dots while saving, a clock
while kept offline, a warning for a conflict, "!" for a failure), and the
student's last five marks.  Text on a coloured pill is black or white,
whichever reads better (``text_colour_on``).

The colours here are the register's own; the shared ones come from ``palette``.
"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from attendance_desktop.i18n import translate
from attendance_desktop.lessons import RegisterRow, SaveState
from attendance_desktop.rules import Code
from attendance_desktop.ui import palette
from attendance_desktop.ui.register_model import (
    COL_RECENT,
    COL_SAVED,
    COL_STATUS,
    COL_STUDENT,
    CodeRole,
    InitialsRole,
    PhotoRole,
    RecentRole,
    RowRole,
    SaveStateRole,
)
from attendance_desktop.ui.views import plain_tip

#: The height of a register row, in pixels.
ROW_HEIGHT = 28

#: Avatar backgrounds: all dark enough for white initials (contrast 4.5:1 or more).
AVATAR_COLOURS = ("#3F51B5", "#00695C", "#7B1FA2", "#5D4037", "#AD1457", "#01579B", "#33691E")
#: The "merged" badge beside a name.
MERGED_BADGE = palette.MERGED
MERGED_BADGE_BACKGROUND = palette.INFO_BANNER[0]
#: The status of a student not marked yet: a dashed pill with grey text.
UNMARKED_BORDER = "#9AA0A6"
UNMARKED_TEXT = palette.MUTED
#: The save state: saved (tick), saving (dots), kept offline (clock), conflict
#: (triangle, as the conflict bar's border), retrying and failed ("!" in a disc).
SAVED_TICK = "#7D8B80"
SAVING_DOTS = palette.DISABLED
WAITING_CLOCK = palette.INFO
CONFLICT_TRIANGLE = palette.WARNING_BANNER[1]
RETRYING_BADGE = "#E37400"
FAILED_BADGE = "#C5221F"
#: The last five marks: an empty box where there was no lesson, grey where none was made.
NO_LESSON_BORDER = "#DADCE0"
UNMARKED_BOX = "#BDC1C6"


def merged_badge() -> str:
    """The badge beside a name whose mark was merged with another computer's."""
    return translate("Register", "merged", "badge beside a student's name")


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (WCAG contrast)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF())
    )
    on_white = 1.05 / (lum + 0.05)
    on_black = (lum + 0.05) / 0.05
    return QColor(Qt.GlobalColor.white if on_white >= on_black else Qt.GlobalColor.black)


def code_icon(colour: str, size: int = 12) -> QIcon:
    """A disc in a code's colour (the register's menus)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class RegisterDelegate(QStyledItemDelegate):
    """Paints the avatar and name, the status pill, the save state and the last five marks."""

    #: An editor (the note's) opened on a row: (row number,).
    editorOpened = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._photos: dict[int, QPixmap] = {}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), ROW_HEIGHT))

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        self.editorOpened.emit(index.row())
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        # Filled once, when it opens: a change arriving from another computer while the
        # teacher types must not replace what they are typing (it shows once they finish).
        if editor.property("attendanceFilled"):
            return
        super().setEditorData(editor, index)
        editor.setProperty("attendanceFilled", True)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        column = index.column()
        if column not in (COL_STUDENT, COL_STATUS, COL_SAVED, COL_RECENT):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            rect = option.rect
            if column == COL_STUDENT:
                self._paint_student(painter, opt, index, rect)
            elif column == COL_STATUS:
                self._paint_status(painter, opt, index.data(CodeRole), rect)
            elif column == COL_SAVED:
                self._paint_saved(painter, index.data(SaveStateRole), rect)
            else:
                self._paint_recent(painter, opt, index.data(RecentRole) or [], rect)
        finally:
            painter.restore()

    def _text_colour(self, opt: QStyleOptionViewItem) -> QColor:
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        return opt.palette.color(role)

    def _paint_student(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        rect: QRect,
    ) -> None:
        row: RegisterRow = index.data(RowRole)
        side = min(rect.height() - 6, 22)
        avatar = QRect(rect.left() + 6, rect.top() + (rect.height() - side) // 2, side, side)
        photo = self._photo(row.student_id, index.data(PhotoRole), side)
        if photo is not None:
            path = QPainterPath()
            path.addEllipse(QRectF(avatar))
            painter.setClipPath(path)
            painter.drawPixmap(avatar, photo)
            painter.setClipping(False)
        else:
            colour = QColor(AVATAR_COLOURS[row.student_id % len(AVATAR_COLOURS)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(avatar)
            font = QFont(opt.font)
            font.setPixelSize(max(8, side * 2 // 5))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(Qt.GlobalColor.white))
            painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, index.data(InitialsRole))
        text_rect = self._name_rect(rect)
        if row.merged_with:
            text_rect = self._paint_badge(painter, opt, text_rect, merged_badge())
        painter.setFont(opt.font)
        painter.setPen(self._text_colour(opt))
        name = opt.fontMetrics.elidedText(
            row.display_name, Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name
        )

    @staticmethod
    def _name_rect(rect: QRect) -> QRect:
        """Where the name goes in the student cell ``rect``: right of the avatar."""
        side = min(rect.height() - 6, 22)
        return rect.adjusted(side + 14, 0, -4, 0)

    @staticmethod
    def _badge_font(opt: QStyleOptionViewItem) -> QFont:
        font = QFont(opt.font)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        font.setBold(True)
        return font

    def name_is_cut(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Does the student's whole name not fit in its cell (so it is shown with "…")?"""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        row: RegisterRow = index.data(RowRole)
        room = self._name_rect(option.rect).width()
        if row.merged_with:
            badge = merged_badge()
            room -= QFontMetrics(self._badge_font(opt)).horizontalAdvance(badge) + 18
        return opt.fontMetrics.horizontalAdvance(row.display_name) > room

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """A name cut short shows whole in its tooltip (with the cell's own tip, if any)."""
        if (
            event is not None
            and event.type() == QEvent.Type.ToolTip
            and index.isValid()
            and index.column() == COL_STUDENT
            and self.name_is_cut(option, index)
        ):
            row: RegisterRow = index.data(RowRole)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if not tip:
                text = plain_tip(row.display_name)
            elif QtGui.Qt.mightBeRichText(tip):  # the cell's tip is already written as rich text
                text = f"<p>{html.escape(row.display_name)}</p>{tip}"
            else:
                text = plain_tip(f"{row.display_name}\n{tip}")
            QToolTip.showText(event.globalPos(), text, view.viewport(), option.rect)
            return True
        return super().helpEvent(event, view, option, index)

    def _paint_badge(
        self, painter: QPainter, opt: QStyleOptionViewItem, rect: QRect, text: str
    ) -> QRect:
        """A small pill at the right of ``rect``; returns the room left for the name."""
        font = self._badge_font(opt)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(text) + 12
        height = metrics.height() + 2
        pill = QRectF(
            rect.right() - width, rect.top() + (rect.height() - height) / 2, width, height
        )
        painter.setPen(QPen(QColor(MERGED_BADGE), 1))
        painter.setBrush(QColor(MERGED_BADGE_BACKGROUND))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(QColor(MERGED_BADGE))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        return rect.adjusted(0, 0, -(width + 6), 0)

    def _photo(self, student_id: int, data: bytes | None, side: int) -> QPixmap | None:
        if not data:
            return None
        cached = self._photos.get(student_id)
        if cached is None or cached.width() != side:
            pixmap = QPixmap()
            if not pixmap.loadFromData(data):
                return None
            cached = pixmap.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._photos[student_id] = cached
        return cached

    def _paint_status(
        self, painter: QPainter, opt: QStyleOptionViewItem, code: Code | None, rect: QRect
    ) -> None:
        pill = QRectF(rect.adjusted(6, 4, -6, -4))
        font = QFont(opt.font)
        if code is None:
            painter.setPen(QPen(QColor(UNMARKED_BORDER), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(font)
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            painter.setPen(self._text_colour(opt) if selected else QColor(UNMARKED_TEXT))
            painter.drawText(
                pill, Qt.AlignmentFlag.AlignCenter, translate("Register", "Not marked")
            )
            return
        colour = QColor(code.colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour_on(colour))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, code.label)

    def _paint_saved(self, painter: QPainter, state: SaveState, rect: QRect) -> None:
        centre = QPointF(rect.center()) + QPointF(0.5, 0.5)
        if state == SaveState.SAVED:
            painter.setPen(QPen(QColor(SAVED_TICK), 1.6))
            path = QPainterPath(centre + QPointF(-4, 0))
            path.lineTo(centre + QPointF(-1, 3))
            path.lineTo(centre + QPointF(4, -3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif state == SaveState.PENDING:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(SAVING_DOTS))
            for dx in (-5, 0, 5):
                painter.drawEllipse(centre + QPointF(dx, 0), 1.6, 1.6)
        elif state == SaveState.WAITING:
            # A clock: kept on this computer, waiting for the server.
            painter.setPen(QPen(QColor(WAITING_CLOCK), 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, 6, 6)
            painter.drawLine(centre, centre + QPointF(0, -4))
            painter.drawLine(centre, centre + QPointF(3, 0))
        elif state == SaveState.CONFLICT:
            triangle = QPainterPath(centre + QPointF(0, -7))
            triangle.lineTo(centre + QPointF(7.5, 6))
            triangle.lineTo(centre + QPointF(-7.5, 6))
            triangle.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(CONFLICT_TRIANGLE))
            painter.drawPath(triangle)
            font = painter.font()
            font.setBold(True)
            font.setPixelSize(10)
            painter.setFont(font)
            painter.setPen(QColor(Qt.GlobalColor.black))
            painter.drawText(
                QRectF(centre.x() - 7, centre.y() - 4, 14, 10), Qt.AlignmentFlag.AlignCenter, "!"
            )
        else:
            colour = QColor(RETRYING_BADGE if state == SaveState.RETRYING else FAILED_BADGE)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(centre, 7, 7)
            font = painter.font()
            font.setBold(True)
            font.setPixelSize(11)
            painter.setFont(font)
            painter.setPen(QColor(Qt.GlobalColor.white))
            painter.drawText(
                QRectF(centre.x() - 7, centre.y() - 7, 14, 14), Qt.AlignmentFlag.AlignCenter, "!"
            )

    def _paint_recent(
        self, painter: QPainter, opt: QStyleOptionViewItem, codes: list[Code | None], rect: QRect
    ) -> None:
        size = 15
        gap = 3
        top = rect.top() + (rect.height() - size) // 2
        font = QFont(opt.font)
        font.setPixelSize(9)
        font.setBold(True)
        painter.setFont(font)
        # Always five boxes: the oldest on the left, empty ones where there is no lesson.
        padded: list[Code | str | None] = ["none"] * (5 - len(codes)) + list(codes[-5:])
        for n, code in enumerate(padded):
            box = QRectF(rect.left() + 6 + n * (size + gap), top, size, size)
            if code == "none":
                painter.setPen(QPen(QColor(NO_LESSON_BORDER), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
                continue
            if code is None or isinstance(code, str):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(UNMARKED_BOX))
                painter.drawRoundedRect(box, 3, 3)
                continue
            colour = QColor(code.colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(text_colour_on(colour))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, code.code[:1])
