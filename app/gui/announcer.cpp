#include "gui/announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QTimer>
#include <QWidget>

namespace cc::gui {

// Qt 6.4 has no announcement API (QAccessibleAnnouncementEvent, sent as object:announcement,
// came with Qt 6.8), its AT-SPI bridge drops QAccessible::Alert events, and Orca 43 speaks a
// changed name or description only of the object that has the focus. What Orca 43 does speak
// unasked is a notification that appears: on object:state-changed:showing of an object with
// the notification role it reads the role and the name. So the announcer is an empty child
// widget of that role that is shown, with the sentence as its name, each time it speaks. With
// Qt 6.8 and a screen reader that handles object:announcement (Orca 43 does not), this gives
// way to QAccessibleAnnouncementEvent.
namespace {
// Orca 43 drops the showing of an object other than the focus while more than 50 events wait in
// its queue, as they do when the form enables its fields again after a check (an event for every
// widget within), and a focus change cuts off what it is saying. So the notification appears a
// moment later, once the window has settled and the focus has moved: only the last sentence of
// a burst is spoken ("Checking…" gives way to an answer that came at once).
constexpr int settleMilliseconds = 300;

class Announcer final : public QWidget
{
public:
    explicit Announcer(QWidget* parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("announcer"));
        resize(0, 0);
        m_settle.setSingleShot(true);
        m_settle.setInterval(settleMilliseconds);
        QObject::connect(&m_settle, &QTimer::timeout, this, [this] {
            hide();
            setAccessibleName(m_sentence);
            show();
        });
    }

    void speak(const QString& sentence)
    {
        m_sentence = sentence;
        m_settle.start();
    }

private:
    QTimer m_settle;
    QString m_sentence;
};

QAccessibleInterface* notificationFor(const QString& /*className*/, QObject* object)
{
    auto* announcer = dynamic_cast<Announcer*>(object);
    return announcer == nullptr ? nullptr
                                : new QAccessibleWidget(announcer, QAccessible::Notification);
}
} // namespace

void announce(QWidget* near, const QString& sentence)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&notificationFor);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    QWidget* window = near->window();
    auto* announcer = dynamic_cast<Announcer*>(
        window->findChild<QWidget*>(QStringLiteral("announcer"), Qt::FindDirectChildrenOnly));
    if (announcer == nullptr) {
        announcer = new Announcer(window);
    }
    announcer->speak(sentence);
}

} // namespace cc::gui
