#include "startwindow.h"

#include "commandline.h"
#include "look.h"
#include "vaultpages.h"

#include <core/domain/referencedata.h>

#include <QAction>
#include <QButtonGroup>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Brankas {

namespace {
const QString AppName = QStringLiteral("Brankas");
constexpr int CardMaximumWidth = 920;
} // namespace

StartWindow::StartWindow(const QString &vaultPath, VaultEnvironment environment, LanguageSwitcher &language,
                         QWidget *parent)
    : QMainWindow(parent)
    , m_environment(environment)
    , m_language(language)
    , m_vaultPath(vaultPath)
    , m_cliProgram(cliProgram())
{
    setObjectName(QStringLiteral("startWindow"));
    setStyleSheet(Look::styleSheet());

    m_aboutAction = new QAction(this);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    addAction(m_aboutAction);
    connect(m_aboutAction, &QAction::triggered, this, &StartWindow::showAbout);

    QWidget *header = buildHeader(); // first, so that Tab goes from the top down
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("content"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(buildCard(), 100);
    row->addStretch(1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(32, 28, 32, 28);
    contentLayout->addLayout(row);
    contentLayout->addStretch(1);
    scroll->setWidget(content);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(header);
    centralLayout->addWidget(scroll, 1);
    setCentralWidget(central);

    m_version = Look::label(this, QStringLiteral("versionLabel"), false);
    Look::setMuted(m_version);
    statusBar()->addPermanentWidget(m_version);
    statusBar()->setSizeGripEnabled(false);

    connect(m_missingPage, &MissingVaultPage::commandCopied, this,
            [this] { statusBar()->showMessage(tr("The command is on the clipboard."), 5000); });

    // Roomy on a 1366x768 office screen, without running under its taskbar.
    resize(QSize(1100, 720).boundedTo(screen()->availableGeometry().size() * 0.94));
    retranslateUi();
    checkAgain();
}

StartWindow::~StartWindow() = default;

QString StartWindow::checkAgainText()
{
    return tr("Check again");
}

QWidget *StartWindow::buildHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("header"));
    m_appName = Look::label(header, QStringLiteral("appName"), false);
    Look::setFont(m_appName, 1.9, QFont::Bold);
    m_appDescription = Look::label(header, QStringLiteral("appDescription"));

    m_indonesian = new QPushButton(QStringLiteral("Bahasa Indonesia"), header); // names of languages in
    m_english = new QPushButton(QStringLiteral("English"), header);             // themselves: not translated
    m_indonesian->setObjectName(QStringLiteral("languageIndonesian"));
    m_english->setObjectName(QStringLiteral("languageEnglish"));
    auto *languages = new QButtonGroup(header);
    for (QPushButton *button : {m_indonesian, m_english}) {
        button->setCheckable(true);
        button->setCursor(Qt::PointingHandCursor);
        languages->addButton(button);
    }
    m_indonesian->setChecked(m_language.language() == Language::Indonesian);
    m_english->setChecked(m_language.language() == Language::English);
    connect(m_indonesian, &QPushButton::clicked, this, [this] { switchLanguage(Language::Indonesian); });
    connect(m_english, &QPushButton::clicked, this, [this] { switchLanguage(Language::English); });

    m_aboutButton = new QPushButton(header);
    m_aboutButton->setObjectName(QStringLiteral("aboutButton"));
    m_aboutButton->setCursor(Qt::PointingHandCursor);
    connect(m_aboutButton, &QPushButton::clicked, m_aboutAction, &QAction::trigger);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_appName);
    titles->addWidget(m_appDescription);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->setSpacing(8);
    layout->addLayout(titles, 1);
    layout->addSpacing(24);
    layout->addWidget(m_indonesian);
    layout->addWidget(m_english);
    layout->addSpacing(16);
    layout->addWidget(m_aboutButton);
    return header;
}

QWidget *StartWindow::buildCard()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setMaximumWidth(CardMaximumWidth);

    auto *pathBar = new QFrame(card);
    pathBar->setObjectName(QStringLiteral("pathBar"));
    m_pathCaption = Look::label(pathBar, QStringLiteral("pathCaption"), false);
    Look::setMuted(m_pathCaption);
    m_path = Look::label(pathBar, QStringLiteral("vaultPath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Look::setFont(m_path, 1.0, QFont::DemiBold);
    m_openOther = new QPushButton(pathBar);
    m_openOther->setObjectName(QStringLiteral("openOther"));
    m_checkAgain = new QPushButton(pathBar);
    m_checkAgain->setObjectName(QStringLiteral("checkAgain"));
    connect(m_openOther, &QPushButton::clicked, this, &StartWindow::chooseVaultFile);
    connect(m_checkAgain, &QPushButton::clicked, this, &StartWindow::checkAgain);

    auto *pathTexts = new QVBoxLayout;
    pathTexts->setSpacing(2);
    pathTexts->addWidget(m_pathCaption);
    pathTexts->addWidget(m_path);
    auto *pathLayout = new QHBoxLayout(pathBar);
    pathLayout->setContentsMargins(14, 10, 12, 10);
    pathLayout->setSpacing(8);
    pathLayout->addLayout(pathTexts, 1);
    pathLayout->addWidget(m_openOther, 0, Qt::AlignVCenter);
    pathLayout->addWidget(m_checkAgain, 0, Qt::AlignVCenter);

    m_missingPage = new MissingVaultPage(card);
    m_vaultPage = new VaultSummaryPage(card);
    m_errorPage = new VaultErrorPage(card);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 24, 32, 28);
    layout->setSpacing(24);
    layout->addWidget(pathBar);
    layout->addWidget(m_missingPage);
    layout->addWidget(m_vaultPage);
    layout->addWidget(m_errorPage);
    return card;
}

void StartWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void StartWindow::retranslateUi()
{
    setWindowTitle(m_probe.outcome == VaultProbe::Outcome::Found ? tr("%1 - %2").arg(m_probe.officeName, AppName)
                                                                 : AppName);
    m_appName->setText(AppName);
    m_appDescription->setText(
        tr("Register and encrypted password archive of the Panwaslu Kecamatan social-media accounts"));
    m_indonesian->setChecked(m_language.language() == Language::Indonesian);
    m_english->setChecked(m_language.language() == Language::English);
    m_indonesian->setToolTip(tr("Show Brankas in Indonesian"));
    m_english->setToolTip(tr("Show Brankas in English"));
    m_aboutAction->setText(tr("About Brankas"));
    m_aboutButton->setText(tr("About"));
    m_aboutButton->setToolTip(tr("About Brankas (F1)"));
    m_pathCaption->setText(tr("Vault file"));
    m_path->setText(QDir::toNativeSeparators(m_probe.path.isEmpty() ? m_vaultPath : m_probe.path));
    m_openOther->setText(tr("Open another file..."));
    m_checkAgain->setText(checkAgainText());
    m_version->setText(
        tr("Brankas %1  |  Area data: %2").arg(QStringLiteral(BRANKAS_VERSION), ReferenceData::attribution()));
}

void StartWindow::checkAgain()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // the keychain may take a moment to answer
    m_probe = VaultProbe::run(m_vaultPath, m_environment);
    QGuiApplication::restoreOverrideCursor();
    showProbe();
}

void StartWindow::openVault(const QString &path)
{
    m_vaultPath = path;
    checkAgain();
}

void StartWindow::showProbe()
{
    m_missingPage->setVisible(m_probe.outcome == VaultProbe::Outcome::Missing);
    m_vaultPage->setVisible(m_probe.outcome == VaultProbe::Outcome::Found);
    m_errorPage->setVisible(m_probe.outcome == VaultProbe::Outcome::Failed);
    m_missingPage->setVault(m_probe.path, m_cliProgram);
    m_vaultPage->setProbe(m_probe);
    m_errorPage->setError(m_probe.error);
    retranslateUi();
}

void StartWindow::switchLanguage(Language language)
{
    if (!m_language.setLanguage(language)) {
        QMessageBox::warning(this, AppName, tr("This language could not be loaded; Brankas stays in the current one."));
    }
    // Qt sends LanguageChange when the translator changes; the buttons must follow even when it did not.
    m_indonesian->setChecked(m_language.language() == Language::Indonesian);
    m_english->setChecked(m_language.language() == Language::English);
}

void StartWindow::chooseVaultFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a vault file"), QFileInfo(m_probe.path).absolutePath(),
                                     tr("Brankas vaults (*.brankas);;All files (*)"));
    if (!path.isEmpty()) {
        openVault(path);
    }
}

void StartWindow::showAbout()
{
    const QString licence = QStringLiteral("<a href=\"https://opendatacommons.org/licenses/odbl/1-0/\">"
                                           "opendatacommons.org/licenses/odbl/1-0</a>");
    const QString text =
        QStringLiteral("<h3>%1 %2</h3><p>%3</p><p>%4<br>%5</p><p>%6</p>")
            .arg(AppName, QStringLiteral(BRANKAS_VERSION),
                 tr("Register and encrypted password archive of the Panwaslu Kecamatan social-media accounts, for "
                    "Bawaslu Kabupaten/Kota offices.")
                     .toHtmlEscaped(),
                 tr("The lists of provinces, regencies and kecamatan come from %1.")
                     .arg(ReferenceData::attribution())
                     .toHtmlEscaped(),
                 tr("Licence text: %1").toHtmlEscaped().arg(licence),
                 tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())));
    QMessageBox::about(this, tr("About Brankas"), text);
}

} // namespace Brankas
