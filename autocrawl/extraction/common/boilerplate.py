"""Site-agnostic signs of page furniture: class/id names and short multilingual phrases."""

from __future__ import annotations

import re
from functools import lru_cache

from autocrawl.extraction.common.dom import any_case, case_sensitive


def _finds(pattern: re.Pattern[str], text: str, folded: str | None) -> bool:
    """`pattern` (case-insensitive, written in lower case) searched in `text`. `folded`, the text
    lower-cased when that gives the same answers (see `_folded`), allows the several times faster
    case-sensitive search."""
    if folded is None:
        return pattern.search(text) is not None
    return case_sensitive(pattern).search(folded) is not None


def _opens(pattern: re.Pattern[str], text: str, folded: str | None) -> bool:
    """`_finds`, matched at the start of the text."""
    if folded is None:
        return pattern.match(text) is not None
    return case_sensitive(pattern).match(folded) is not None


# The only characters on which a re.I text pattern of this module and its case-sensitive twin on the
# lower-cased text disagree (every code point tested against the patterns' letters, [a-z], [ií], \w, \s
# and \d): "İ" lower-cases to two characters, "ı" and "ſ" match "i" and "s" under re.I only.
_FOLD_TRAPS = ("\u0130", "\u0131", "\u017f")


def _folded(text: str, lowered: str) -> str | None:
    """`lowered` (`text.lower()`) when the text patterns may search it case-sensitively, else None."""
    if text.isascii() or not any(trap in text for trap in _FOLD_TRAPS):
        return lowered
    return None


# Whole words (split at space, dash, underscore) in class/id that name furniture.
_MARK_NAMES = (
    r"comments?|comment-?list|commentlist|kommentare?|kommentar\w*|commentaires?|comentarios?|commenti|"
    r"disqus|respond|replies|reply|discussion|"
    r"share|sharing|sharebar|shariff|social|socials|social-?media|follow|"
    r"related|recommend\w*|recirculation|more-?stories|read-?more|readmore|also-?read|"
    r"newsletter|subscribe|subscription|signup|sign-?up|paywall|"
    r"promo|promotion|advert\w*|ads?|adslot|adunit|dfp|banner|sponsor\w*|outbrain|taboola|plista|"
    r"cookie\w*|consent|gdpr|onetrust|didomi|usercentrics|cookiebot|"
    r"sidebar|breadcrumbs?|navbar|navigation|main-?nav|site-?nav|nav-?menu|menu|submenu|"
    r"footer|masthead|topbar|toolbar|"
    r"popup|modal|overlay|"
    r"tags|tag-?list|tagcloud|keywords|"
    r"byline|author-?bio|author-?box|authorinfo|about-?author|"
    r"caption|credits?|copyright|"
    r"rating|pagination|pager|login|register|skip|widget|widgets|cmp|"
    r"teasers|teaser-?list|most-?read|mostread|popular|trending|"
    r"infobox-?ad|meta-?bar|fact-?box\w*|info-?box\w*|infokasten|"
    r"ratings?|post-?ratings|disclaimer|disclosure|donations?|donate|"
    r"instagram-media|tiktok-embed|fb-post|"
    r"post-?meta(data)?|entry-?meta|entry-?utility|entry-?footer|post-?footer|article-?footer|"
    r"cta\d*|call-?to-?action|news-?letter\w*"
)
_MARK = re.compile(r"(?:^|[\s_-])(" + _MARK_NAMES + r")(?=$|[\s_-])", re.I)
# The author's box under (or inside) the article: "author-description", "post-author__bio",
# "cbx-Author_Position", "artDetailAutor__text". Bylines go with them; they are not body text either.
_AUTHOR_MARK = re.compile(r"(?:author(?!it)|autor(?!i[tz]|isa|un))", re.I)


_COMMENT_WORDS = r"comment(?!ary|aire?\b|ator)|kommentar|commentaires?|comentarios?|commenti|disqus"
_COMMENT_NAMES = r"respond|replies|reply|reviews|review-?widget|product-?reviews?|user-?reviews?"
_COMMENT_MARK = re.compile(_COMMENT_WORDS + r"|(?:^|[\s_-])(" + _COMMENT_NAMES + r")(?=$|[\s_-])", re.I)


@lru_cache(maxsize=4096)
def is_comment_mark(tokens: str) -> bool:
    return any_case(_COMMENT_MARK, tokens)


# Hidden by class: whole class names only ("hidden-xs", "field--label-hidden" hide nothing of the text).
_HIDDEN_NAMES = (
    r"hidden|is-hidden|d-none|invisible|sr-only|visually-hidden|screen-reader-text|screenreader-only|"
    r"element-invisible|offscreen"
)
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(" + _HIDDEN_NAMES + r")(?=$|\s)", re.I)


# A class that says what an element lacks ("no_caption", "without-sidebar", "has-no-comments") names
# no furniture: the word after the negation is not what the element is.
_NEGATED = re.compile(r"(?:^|\s)(?:\S*[_-])?(?:no|without)[_-]\S*", re.I)


def _by_first_letter(names: str) -> str:
    """The alternatives of `names` ("a|b|...", each opening with a letter) grouped by that letter:
    "comments?|cookie\\w*|ads?" -> "c(?:omments?|ookie\\w*)|a(?:ds?)", the same words. re tries
    alternatives one by one, so that a word boundary costs a test per letter, not per name."""
    alternatives: list[str] = []
    depth = start = i = 0
    while i < len(names):
        char = names[i]
        if char == "\\":
            i += 1  # the escaped character is no syntax
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and not depth:
            alternatives.append(names[start:i])
            start = i + 1
        i += 1
    alternatives.append(names[start:])
    groups: dict[str, list[str]] = {}
    for name in alternatives:
        if not ("a" <= name[:1] <= "z") or name[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"not a name that opens with a letter: {name!r}")
        groups.setdefault(name[0], []).append(name[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


# `_MARK`, `_COMMENT_MARK`, `_HIDDEN_CLASS` and `_AUTHOR_MARK` in one search of lower-cased ASCII
# tokens after a space (the space stands for "^", so that each starts at a separator): three times
# faster than the four case-sensitive searches, for `marked_as_boilerplate`'s many new tokens.
_ANY_MARK_SPACED = re.compile(
    r"[\s_-](?:"
    + _by_first_letter(_MARK_NAMES + "|" + _COMMENT_NAMES)
    + r")(?=$|[\s_-])|"
    + _COMMENT_WORDS
    + r"|\s(?:"
    + _HIDDEN_NAMES
    + r")(?=$|\s)|"
    + _AUTHOR_MARK.pattern
)


@lru_cache(maxsize=8192)
def marked_as_boilerplate(tokens: str) -> bool:
    if "no" in tokens or "without" in tokens:
        tokens = _NEGATED.sub(" ", tokens)
    if tokens.isascii():  # (on ASCII text the case-sensitive search of the lower-cased text is `any_case`'s)
        return _ANY_MARK_SPACED.search(" " + tokens.lower()) is not None
    return (
        any_case(_MARK, tokens)
        or any_case(_COMMENT_MARK, tokens)
        or any_case(_HIDDEN_CLASS, tokens)
        or any_case(_AUTHOR_MARK, tokens)
    )


# Consent managers and lists of related stories: long texts (policies, teaser excerpts), but
# never a wrapper of the article.
_CONSENT_MARK = re.compile(
    r"(?:^|[\s_-])(cookie\w*|consent|gdpr|onetrust|didomi|usercentrics|cookiebot|privacy-?(banner|notice|manager))"
    r"(?=$|[\s_-])|"
    # at the start of a class name only: "js-truncate-related-to-my-size" is a script hook
    r"(?:^|\s)(?!js-)(?:[a-z]{1,2}-)?(related|related[-_]?(posts?|articles?|stories|content|news|links)|"
    r"recommend\w*|more-?stories|outbrain|taboola)(?=$|[\s_-])",
    re.I,
)


@lru_cache(maxsize=4096)
def weak_mark(tokens: str) -> bool:
    """Marks that a wrapper holding the article text may carry too: all but comment and consent marks."""
    return not (any_case(_COMMENT_MARK, tokens) or any_case(_CONSENT_MARK, tokens))


_PHRASES = [
    # share / follow / comment furniture
    r"share( this( article| story| post)?)?( on \w+)?",
    r"teilen",
    r"partager",
    r"compartir",
    r"condividi",
    r"tweet",
    r"follow us.*",
    r"folgen sie uns.*",
    r"print( this( article|page)?)?",
    r"drucken",
    r"e-?mail",
    r"copy link",
    r"link kopieren",
    r"comments?",
    r"\d+ comments?",
    r"kommentare?",
    r"\d+ kommentare?",
    r"reader comments",
    r"leserkommentare",
    r"be the first to comment\.?",
    r"nothing yet\. be the first to comment\.?",
    r"no comments( yet)?\.?",
    r"leave a (reply|comment)",
    r"post a comment",
    r"add a comment",
    r"kommentieren",
    r"jetzt kommentieren",
    # read more / related
    r"read more.*",
    r"(continue|keep) reading.*",
    r"weiterlesen.*",
    r"mehr lesen",
    r"lire la suite.*",
    r"leer más",
    r"leggi (anche|di più).*",
    r"lesen sie (auch|mehr).*",
    r"mehr zum thema.*",
    r"related( articles| stories| posts| content)?:?",
    r"see also:?",
    r"also read:?",
    r"à lire aussi.*",
    r"lire aussi.*",
    r"popular models\d*",
    r"most (read|popular).*",
    # ads and consent
    r"advertisement",
    r"anzeige",
    r"werbung",
    r"publicité",
    r"publicidad",
    r"pubblicità",
    r"reklama",
    r"sponsored",
    r"ad",
    r"scroll to continue.*",
    r"story continues below.*",
    r"this article contains localized units and prices\..*",
    r"change settings\.?",
    r"your choice",
    r"(we|this (site|website)) uses? cookies.*",
    r"accept( all)?( cookies)?",
    r"alle akzeptieren",
    r"sign up for .*newsletter.*",
    r"subscribe( now)?( to .*)?",
    r"newsletter( abonnieren)?",
    r"jetzt abonnieren.*",
    r"abonnieren",
    r"zum newsletter.*",
    r"back to top",
    r"nach oben",
    r"(image|photo|foto|bild|quelle|source|credit)s?:.{0,80}",
    r"©.{0,80}",
    r"\(c\) .{0,60}",
    r"(audio|video) player.*",
    r"listen to (this )?article.*",
    r"artikel (anhören|vorlesen).*",
    r"min(\.|ute)? read",
    r"(follow|síguenos|siguenos|suivez-nous|folgen sie uns|folge uns|seguici|segue-nos).{0,150}"
    r"(twitter|facebook|instagram|telegram|tiktok|linkedin|whatsapp).{0,150}",
    r".{0,80}download (the|our) .{0,60}apps?\b.{0,80}",
    r"(titelbild|bildquelle|fotos?|bilder|photos?):?",
    r".{0,40}\b(sign in|sign up|log ?in|register|create an account|anmelden|registrieren|einloggen|"
    r"se connecter|inscrivez-vous|iniciar sesión|regístrate|zaloguj|přihlaste)\b.{0,60}",
    r"(watch|video|listen|audio|podcast|live|ansehen|anhören)\s*[|:].{0,120}",
    r"placeholder( image)?.{0,20}",
    r"(warning|notice|deprecated|fatal error|parse error): .{0,300}",  # PHP errors printed in the page
    r"(crédits? photos?|photo credits?|bildnachweise?|fotonachweise?)\s*:.{0,150}",
    r"\(?(noch )?keine bewertungen( vorhanden)?\)?|\(?no ratings yet\)?|\d+ (votes?|bewertungen|stimmen)",
    r"\*?(anzeige|werbung|advertorial|sponsored( content| post)?|publicité|pubblicità)\b.{0,200}",
    r".{0,60}(this (post|article|page) (contains|may contain|includes)|"
    r"we (may )?(earn|receive) (a )?commission|"
    r"für links auf dieser seite|(dieser|der) (beitrag|artikel) enthält (werbung|affiliate|anzeigen)|"
    r"we recommend the best products|affiliate[- ]links?|provisions?-?links?).{0,300}",
    r"(inhaltsverzeichnis|table of contents|contents|inhalt|sommaire|índice)",
    r"\d+ min(\.|utes?)? (read|lesezeit|lecture)",
    r"lesezeit:? \d+ min.*",
]
_PHRASE_RE = re.compile(r"^(?:" + "|".join(_PHRASES) + r")$", re.I)
_STOP = re.compile(
    r"^(?:related( articles| stories| posts| content| news| topics)?|more (from|on|in|stories|news)\b.*|"
    r"read (more|next|also)\b.*|you (may|might) (also )?like.*|recommended( for you)?|"
    r"(reader )?comments?( \(\d+\))?|\d+ comments?|leave a (reply|comment)|"
    r"kommentare?( \(\d+\))?|\d+ kommentare?|leserkommentare|mehr zum thema.*|"
    r"das könnte (sie|dich) (auch )?interessieren.*|weitere (artikel|nachrichten|themen).*|"
    r"lesen sie (auch|mehr)\b.*|meistgelesen.*|(most|meist) (read|popular|gelesen).*|"
    r"commentaires?|(à|a) lire (aussi|également).*|sur le même sujet.*|dans la même rubrique.*|"
    r"te puede interesar.*|noticias relacionadas.*|comentarios|leggi anche.*|articoli correlati.*|"
    r"gerelateerde artikelen|lees ook.*|reacties|przeczytaj (też|także).*|komentarze|"
    r"popular models\d*|trending( now)?|top stories|also on .*|about the author|über (den|die) autor(in)?|"
    r"zobacz (też|także|również).*|czytaj (też|także|również|więcej).*|polecamy.*|"
    r"schon gelesen\??|auch interessant.*|ebenfalls interessant.*|mehr von .{1,40}|mehr aus .{1,40}|"
    r"weitere beiträge.*|ähnliche (artikel|beiträge|themen).*|verwandte (artikel|themen).*|"
    r"vous aimerez aussi.*|à voir aussi.*|nos derniers articles|les plus lus|"
    r"war (der|dieser) (artikel|beitrag) (hilfreich|nützlich)\??|was this (article|page) helpful\??|"
    r"more (articles|posts) (like this|from).*|similar (articles|posts|stories)|"
    r"(related|recent|latest|popular) (posts|articles|stories|news)|share this( article| post| story)?|"
    r"diesen (artikel|beitrag) teilen|artikel teilen|teile diesen beitrag|"
    r"otras noticias|lo más leído|artículos relacionados|ti potrebbe interessare.*|potrebbe interessarti.*|"
    r"related posts?|you may also be interested in.*|further reading|tags?|schlagwörter|themen|"
    r"notas relacionadas|noticias relacionadas|veja também:?|leia também:?|leia mais:?|saiba mais:?|"
    r"vorschau auf den nächsten artikel|nächster artikel|previous (post|article)|next (post|article)|"
    r"(ist|war) (dieser|der) (beitrag|artikel) hilfreich\??|fanden sie (diesen|den) (beitrag|artikel) .*|"
    r"did you (like|enjoy) this (article|post)\??|hat (ihnen|dir) (dieser|der) (artikel|beitrag) gefallen\??|"
    r"neueste (artikel|beiträge|nachrichten)|neuste (artikel|beiträge)|latest (articles|posts|news|stories)|"
    r"noch mehr .{1,30}|über diese reihe|derniers articles|últimas noticias|ultime notizie|"
    # section labels that open the furniture under the text: contacts, sources, further reading
    r"weitere( \w+)? (informationen|infos|inhalte|\w*tipps|themen|meldungen|links)\b.{0,60}|"
    r"(zusatz|hintergrund)informationen|kontakt|ansprechpartner(in)?|contact( us)?|"
    r"quellen(angaben)?|zum weiterlesen|weiterführende (links|informationen|literatur)|latest on|"
    r".{0,40}\b(könnte|könnten) (sie|dich|euch|ihnen)\b.{0,30} interess.*|entdecken sie (jetzt|mehr|auch)\b.*)"
    r"[:.!]?$",
    re.I,
)


# An image caption left in the text: it ends with a credit ("… © AFP / Marco B.", "(Foto: Getty)")
# or opens as a figure label ("Abbildung 4: …", "Fig. 2:", "Titelbild: …").
_CAPTION = re.compile(
    r"(?:©|\(c\)|(?:^|[(.|/]\s*)(?:foto|fotos|photo|photos|bild|bilder|credit|credits|quelle|source|image|picture)\s*:|"
    r"\b(?:bildrechte|bildnachweis|fotonachweis|(?:photo|image|picture|foto|bild)\s?credits?)\s*:)"
    r"[^.!?©]{2,70}\)?\s*$|"
    r"^(?:abbildung|abb\.|figure|fig\.|grafik|bild|foto|titelbild|image|photo)\s*\d*\s*:",
    re.I,
)


# A call to action addressed to the reader: a verb asking to sign up, follow, join or support,
# and a channel to do it on (newsletter, app, social network, subscription). Short paragraphs only.
_PROMO_VERB = re.compile(
    r"\b(sign(ing)? up|please subscribe|subscribe (now|today|here|for free|to our)|subscribe!|"
    r"(^|[.!?]\s+)follow|join (us|now|our)|get the latest (news|updates|headlines|stories)|never miss|"
    r"support us|support our (work|journalism)|consider supporting|"
    r"abonniere|abonnieren sie|folgen sie|folge uns|melde dich|meldet euch|registriere|lass dir|lassen sie sich|"
    r"werden sie mitglied|unterstützen sie|jetzt (abonnieren|bestellen|testen|downloaden)|"
    r"únete|suscríbete|síguenos|apóyanos|mira (lo que|nuestro|nuestra)|"
    r"abonnez-vous|inscrivez-vous|rejoignez|suivez-nous|soutenez|"
    r"iscriviti|seguici|zapraszamy|wesprzyj|zapisz się|obserwuj)\b",
    re.I,
)
_PROMO_CHANNEL = re.compile(
    r"(newsletter|\bapps?\b|telegram|whatsapp|youtube|twitter|instagram|facebook|tiktok|linkedin|\babo\b|"
    r"subscription|abonnement|subskrypc|e-paper|podcast|membership|membres[ií]a|mitglied|posteingang|inbox)",
    re.I,
)
# The placeholder of a blocked embed: "Klicken Sie auf den Button, um den Inhalt von … zu laden."
_EMBED_PLACEHOLDER = re.compile(
    r"\b(klicke|klicken sie|click|cliquez|haz clic)\b.{0,80}\b(zu laden|to load|pour charger|laden|load)\b", re.I
)


def is_promo_text(text: str) -> bool:
    """'Never miss the latest news by signing up to our newsletter today!'"""
    return _promo(text, _folded(text, text.lower()))


# A substring of each channel `_PROMO_CHANNEL` finds in lower-cased text: most texts name none, and
# these tests cost less than the search for the verb.
_CHANNEL_WORDS = ("newsletter", "app", "telegram", "youtube", "twitter", "instagram", "facebook", "tiktok",
                  "linkedin", "abo", "subscription", "subskrypc", "e-paper", "podcast", "membership", "membres",
                  "mitglied", "posteingang", "inbox")  # fmt: skip


def _promo(text: str, folded: str | None) -> bool:
    if len(text) >= 350:
        return False
    # "klicke", "click", "cliquez", "haz clic": a substring test before the placeholder's search
    if (folded is None or "cli" in folded or "kli" in folded) and _finds(_EMBED_PLACEHOLDER, text, folded):
        return True
    if folded is not None and not _mentions(folded, _CHANNEL_WORDS):
        return False
    return _finds(_PROMO_VERB, text, folded) and _finds(_PROMO_CHANNEL, text, folded)


# The label of a video or audio player: a teaser line ending in the clip's length ("… 18.04.2024 | 3:18 min",
# "00:21 Min. Verfügbar bis 22.04.2026"), or the bare "VIDEO 4:42" of a player card.
_MEDIA_LABEL = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:min\.?|minuten|minutes|mins)\s*"
    r"(?:(?:verfügbar bis|abrufbar bis|available until)\b.{0,40})?$|"
    r"^(?:video|audio|podcast)\s*[\d:]+$",
    re.I,
)


# A consent notice: what it is about (privacy policy, personal data, an embed from elsewhere) and
# what the reader is asked to do with it (agree, accept; show or load the embed).
_PRIVACY_OBJECT = re.compile(
    r"datenschutz\w*|privacy|personenbezogene\w* daten|personal data|données personnelles|dati personali|"
    r"datos personales|dane osobowe|drittplattform\w*|drittanbieter\w*",
    re.I,
)
_EMBED_OBJECT = re.compile(
    r"eingebettete\w* inhalt\w*|externe\w* inhalt\w*|embedded content|external content|third[- ]party content|"
    r"contenus? externes?|contenido externo|contenuti esterni|treści zewnętrzne",
    re.I,
)
_AGREE = re.compile(
    r"einverstanden|akzeptier\w*|willige\w*|einwilligung|zustimm\w*|\bstimme\w*\b.{0,60}\bzu\b|\bklick für (?:den |mehr )?datenschutz|"
    r"consent\w*|\bagree\w*|\baccept\w*|acknowledge\w*|j'accepte|acepto|accetto|wyrażam zgodę",
    re.I,
)
_CONSENT_VOICE = re.compile(
    r"\b(?:Sie|Ihr\w*|(?i:you\w*|i|me|my|ich|mir|mich|mein\w*|du|dich|dir|dein\w*|vous|votre|vos|je|j|tu|usted|"
    r"yo|acepto|io|accetto|wyrażam|bitte|please|veuillez|por favor|per favore|proszę|klick\w*|click\w*))\b"
)
_SHOW = re.compile(r"anzeigen|angezeigt|laden|\bload\w*|\bshow\w*|\bdisplay\w*|afficher|mostrar|mostra|wyświetl", re.I)


# An appeal to pay for the publication: support + journalism / our work ("Unterstützen Sie unabhängigen
# Journalismus", "help us … support the journalism you rely on"), or a free trial of a subscription.
_APPEAL_VERB = re.compile(
    r"\b(support\w*|donat\w*|become a (?:sustaining )?(?:member|supporter|subscriber)|unterstütz\w*|spende\w*|"
    r"helfen sie mit|apoy\w*|apoi[ae]\w*|colabore|soutenez|soutenir|sostieni|sostenere|wesprzyj\w*|wspier\w*)",
    re.I,
)
_APPEAL_OBJECT = re.compile(
    r"journalism(?:us|e)?\b|periodismo|jornalismo|giornalismo|dziennikarstw\w*|unsere arbeit|our work|our reporting|"
    r"nosso trabalho|nuestro trabajo|notre travail",
    re.I,
)
_FREE_TRIAL = re.compile(
    r"\b(?:\d+|zwei|drei|vier|two|three|four) (?:wochen|tage|monate|weeks|days|months) (?:lang )?"
    r"(?:kostenlos|gratis|free)\b|\bkostenlos (?:testen|lesen)\b|\bfree trial\b|\b(?:probe|test)-?abo",
    re.I,
)


# Cheap substring tests first: these checks run on every block and rarely match.
_APPEAL_WORDS = ("journalis", "jornalis", "giornalis", "periodis", "dziennikar", "unsere arbeit", "our work",
                 "our reporting", "nosso trabalho", "nuestro trabajo", "notre travail")  # fmt: skip
_TRIAL_WORDS = ("kostenlos", "gratis", "free", "abo")
_CONSENT_WORDS = ("datenschutz", "privacy", "daten", "data", "donn", "dati", "datos", "dane", "dritt", "inhalt",
                  "content", "contenu", "contenido", "contenuti", "treści")  # fmt: skip


def _mentions(lowered: str, words: tuple[str, ...]) -> bool:
    for word in words:  # noqa: SIM110 - any() over a generator costs more than the tests themselves
        if word in lowered:
            return True
    return False


def is_appeal_text(text: str) -> bool:
    """'Wait! Before you go … support the journalism you rely on. Become a Member', '2 Wochen kostenlos testen'."""
    return _appeal(text, text.lower())


def _appeal(text: str, lowered: str) -> bool:
    if len(text) >= 1200:
        return False
    if _mentions(lowered, _APPEAL_WORDS) and _APPEAL_OBJECT.search(text) and _APPEAL_VERB.search(text):
        return True
    return len(text) < 400 and _mentions(lowered, _TRIAL_WORDS) and bool(_FREE_TRIAL.search(text))


def is_consent_text(text: str) -> bool:
    """'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden', 'We use your sign-up to
    provide content in ways you've consented to': the notice of a consent manager, a form or a blocked embed."""
    return _consent(text, text.lower())


def _consent(text: str, lowered: str) -> bool:
    if len(text) >= 400 or not _mentions(lowered, _CONSENT_WORDS):
        return False
    if _EMBED_OBJECT.search(text):
        return bool(_AGREE.search(text) or _SHOW.search(text))
    # A notice speaks to the reader or for them ("Ich bin einverstanden", "you've consented"); a news
    # story about data protection speaks of others ("users must agree before their data …").
    return bool(_PRIVACY_OBJECT.search(text) and _AGREE.search(text) and _CONSENT_VOICE.search(text))


# A notice about the reader's browser: outdated, or without JavaScript ("Ihr Browser ist veraltet",
# "Sorry, but your browser needs Javascript", "Bitte aktivieren Sie JavaScript"). It addresses the reader.
_BROWSER_NOTICE = re.compile(
    r"\b(?:browser|javascript|navigateur|navegador)\b.{0,80}\b(?:veraltet|outdated|out of date|not supported|"
    r"unsupported|limited support|aktualisier\w*|update|upgrade|needs|requires?|aktiviert|aktivieren|enable\w*|"
    r"activ\w*|obsolète|obsoleto|désactivé|disabled|deaktiviert)\b|"
    r"\b(?:enable|aktivieren|activez|activa|habilita)\b.{0,40}\bjavascript\b",
    re.I,
)
_READER_ADDRESS = re.compile(
    r"\b(?:you|your|please|sie|ihr|ihren|bitte|du|dein|deinen|vous|votre|veuillez|usted|su|por favor)\b", re.I
)


# The editor's disclaimer under an opinion piece or a forum: "Dieser Beitrag gibt die Meinung des Autors wieder",
# "The views expressed are those of the author", "Les opinions exprimées … n'engagent que leurs auteurs".
_DISCLAIMER = re.compile(
    r"\b(?:meinung|ansicht|position)\w* (?:des|der) (?:autor|verfasser|user|nutzer|leser)\w*|"
    r"nicht (?:unbedingt|notwendigerweise) (?:die|der) (?:meinung|position|ansicht)|n'engagent que|"
    r"(?:views|opinions) expressed\b.{0,80}\b(?:are|do not|does not|those of)\b|"
    r"do(?:es)? not necessarily (?:reflect|represent)|no (?:reflejan|representan) necesariamente|"
    r"non (?:riflettono|rappresentano) necessariamente",
    re.I,
)


_BROWSER_WORDS = ("browser", "javascript", "navigateur", "navegador")
_DISCLAIMER_WORDS = ("meinung", "ansicht", "position", "engagent", "expressed", "necessar", "notwendig", "unbedingt")


def _may_be_label(folded: str | None) -> bool:
    """What `_CAPTION` and `_MEDIA_LABEL` need to find anything in the folded text: a colon, a copyright
    sign or a player's word first. Asked of nearly every block, rarely true: substrings spare the searches."""
    if folded is None:
        return True
    return ":" in folded or "©" in folded or "(c)" in folded or folded.startswith(("video", "audio", "podcast"))


# A PHP diagnostic the server printed into the page: "Warning: session_start(): ... failed ... in
# /home/site/wp-content/plugins/x.php on line 145". Machine output, never the author's text.
_SERVER_DIAGNOSTIC = re.compile(
    r"^(?:PHP )?(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards)\s*:.{0,600}?"
    r"\sin\s\S+\.php(?::\d+| on line \d+)",
    re.S,
)


def is_boilerplate_text(text: str) -> bool:
    text = text.strip()
    if ".php" in text and _SERVER_DIAGNOSTIC.match(text):
        return True
    lowered = text.lower()
    folded = _folded(text, lowered)
    if (
        len(text) < 300
        and _may_be_label(folded)
        and (_finds(_CAPTION, text, folded) or _finds(_MEDIA_LABEL, text, folded))
    ):
        return True
    if len(text) < 400:
        if _mentions(lowered, _BROWSER_WORDS) and _BROWSER_NOTICE.search(text) and _READER_ADDRESS.search(text):
            return True
        if _mentions(lowered, _DISCLAIMER_WORDS) and _DISCLAIMER.search(text):
            return True
    if _promo(text, folded) or _consent(text, lowered) or _appeal(text, lowered):
        return True
    return len(text) < 160 and _opens(_PHRASE_RE, text, folded)


# The header of a reader comment: "#1 von Tobias 29.12.2010 - 22:40", "Anna says:", "Max schrieb am 3. Mai:".
_COMMENT_HEADER = re.compile(
    r"^(?:#\s?\d+\.?\s+(?:von|by|de|di|par|od)\s+.{1,60}|"
    r".{1,40}\s(?:says|said|sagt|schreibt|schrieb|écrit|dice|scrive|napisał|napisała)(?:\s.{0,40})?:)$",
    re.I,
)


def is_stop_heading(text: str) -> bool:
    text = text.strip()
    if len(text) >= 80:
        return False
    folded = _folded(text, text.lower())
    return _opens(_STOP, text, folded) or _opens(_COMMENT_HEADER, text, folded)


def is_doubled(text: str) -> str | None:
    """'Caption Caption' -> 'Caption' (a caption printed twice by image + figcaption markup)."""
    n = len(text)
    if n < 16:
        return None
    half = (n - 1) // 2
    if n % 2 == 1 and text[half] == " " and text[:half] == text[half + 1 :]:
        return text[:half]
    return None


_BYLINE_LABEL = (
    r"(?:(?:by|von|vom|par|door|por|di|av|af|autor(?:in)?|author|reporter|written by|"
    r"geschrieben von|ein (?:beitrag|artikel) von)\s*:?|texte?\s*:)\s+"
)
_BYLINE = re.compile(
    "^"
    + _BYLINE_LABEL
    + r"[\w.'’-]+(?:\s+[\w.'’-]+){0,4}(?:\s*(?:,|und|and|&|/)\s*[\w.'’-]+(?:\s+[\w.'’-]+){0,4}){0,3}\s*$",
    re.I,
)
_BYLINE_START = re.compile(_BYLINE_LABEL, re.I)
_DATE_WORDS = re.compile(
    r"\b(?:stand|aktualisiert|veröffentlicht|updated|published|posted|last updated|erstellt|publié|"
    r"mis à jour|publicado|actualizado|pubblicato|opublikowano|zaktualizowano|gepubliceerd|am|on|um|uhr|"
    r"at|le|el|il|de|der|den|vom|min|minuten|minutes|lesedauer|lesezeit|read|reading|time|heute|gestern|"
    r"today|yesterday|ago|vor|last|seit|online|publiziert|hours?|stunden?|uhr|aktualisováno|"
    r"aggiornato|atualizado|\d+)\b",
    re.I,
)


# "Von Jagdschein bis Wildbret", "From Paris to Rome": a range opens like a German or English byline.
_RANGE = re.compile(r"^(?:von|from|de|desde)\s+\S+(?:\s+\S+){0,2}\s+(?:bis|to|hasta|à|a)\s", re.I)


def is_byline(text: str) -> bool:
    """'By Jane Doe', 'Von Max Mustermann, dpa', 'Text: Jane Doe': a credit line, not article text.
    "Text" credits a writer only with its colon: "Text Size" is a reader's control."""
    text = text.strip()
    return bool(_BYLINE.match(text)) and not _RANGE.match(text)


_TIME_OR_AGO = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|"
    r"\b\d+\s*(min|minutes?|hours?|stunden?|std|tagen?|days?)\b.{0,6}(ago|her)?|\b(vor|il y a|hace|fa)\s+\d+|"
    r"\b(heute|gestern|today|yesterday|aujourd'hui|hier|hoy|ayer|oggi|ieri)\b",
    re.I,
)


def is_dateline(text: str) -> bool:
    """A line that is a date and little else ('Stand: 22.04.2024, 06:00 Uhr')."""
    from autocrawl.extraction.common.dates import find_text_date, parse_date

    if not (_TIME_OR_AGO.search(text) or find_text_date(text) or parse_date(text, text_forms=False)):
        return False
    rest = re.sub(r"[\d.:,/|·•–-]+", " ", text)
    rest = _DATE_WORDS.sub(" ", rest)
    words = [w for w in rest.split() if len(w) > 1]
    from autocrawl.extraction.common.dates import month_number

    return sum(1 for w in words if month_number(w) is None) <= 2


# What may follow a credit line's date: a time's marks and zones ("2:24 p.m. ET", "14:05 Uhr").
_TIME_WORDS = frozenset(
    ("am", "pm", "a", "m", "p", "uhr", "h", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "utc")
    + ("gmt", "cet", "cest", "mez", "mesz", "bst", "ist")
)


def is_credit_line(text: str) -> bool:
    """A byline and its date on one line: 'By Jane Doe Published in Metro December 14, 2016 2:24 pm',
    'Von Max Muster | 3. Mai 2024, 14:05 Uhr'. Only a time of day may follow the date."""
    from autocrawl.extraction.common.dates import find_text_date_span

    if len(text) >= 120 or not _BYLINE_START.match(text):
        return False
    span = find_text_date_span(text)
    if span is None:
        return False
    head = text[: span[1]].rstrip(" ,|·•–—-:")
    tail = re.findall(r"[^\W\d_]+", text[span[2] :].lower())
    return bool(head) and is_byline(head) and all(word in _TIME_WORDS for word in tail)


# The note on the author under the text: a name (or "The author") and a job ("Jane Doe is a senior writer
# for …", "Der Autor ist Professor an …", "Max Muster ist ZDF-Korrespondent in Moskau").
_AUTHOR_BIO = re.compile(
    r"^(?:\.\.\.\s?|…\s?)?(?:(?i:the|der|die|l['’]|el|la|il)\s?(?i:author|autor|autorin|auteur|auteure|autora|autore)\b|"
    r"(?:[A-ZÀ-Ž][\w'’.-]+\s){1,3}(?:[A-ZÀ-Ž][\w'’.-]+)?),?\s"
    r"(?:is|ist|est|es|è|jest|was|war)\s(?:[^\s.]+\s){0,8}?[\w-]*"
    r"(?i:writer|reporter|editor|correspondent|journalist|columnist|contributor|professor|fellow|researcher|"
    r"redakteur|korrespondent|autor|wissenschaftler|journaliste|rédact|chroniqueu|chercheu|periodista|"
    r"redactor|corresponsal|investigador|giornalista|redattore|dziennikar|redaktor)"
)


def is_author_bio(text: str) -> bool:
    """'Perry Bacon Jr. is a senior writer for FiveThirtyEight.': who wrote it, not what was written."""
    return len(text) < 400 and bool(_AUTHOR_BIO.match(text.strip()))


# A pointer to the site's running coverage: "Mehr zur Lage lesen Sie in unserem Liveblog:", "[Alle aktuellen
# Entwicklungen finden Sie hier in unserem Newsblog.]", "Follow our live coverage here".
_BLOG_POINTER = re.compile(
    r"\b(?:in unserem|im|in our|on our|follow our|notre|nuestro|nel nostro)\s+(?:[\w-]+\s+)?"
    r"(?:live-?blog|news-?blog|live-?ticker|news-?ticker|live coverage|live updates|direct|directo|diretta)\b",
    re.I,
)


def is_blog_pointer(text: str) -> bool:
    """A line sending the reader to the site's live blog: with the teaser under it, a box about elsewhere."""
    return len(text) < 200 and _finds(_BLOG_POINTER, text, _folded(text, text.lower()))


_SIDE_BOX = re.compile(r"(?:^|[\s_-])(?:fact-?box\w*|info-?box\w*|infokasten)(?=$|[\s_-])")


@lru_cache(maxsize=4096)
def is_side_box_mark(tokens: str) -> bool:
    """A fact box or info box: beside the text, even when it holds paragraphs of its own."""
    return bool(_SIDE_BOX.search(tokens))
