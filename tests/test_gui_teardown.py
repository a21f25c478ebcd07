"""The test harness itself: a test's editor window is really deleted before the next test starts."""
import shiboken6

_KEPT: list = []


def test_a_window_registered_with_qtbot(qtbot):
    from briefdeck.gui.window import MainWindow
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    _KEPT.append(win)              # the Python wrapper outlives the test, as one caught in a cycle would


def test_is_deleted_by_qt_before_the_next_test():
    assert _KEPT, "runs after the test above"
    assert not shiboken6.isValid(_KEPT[0])
