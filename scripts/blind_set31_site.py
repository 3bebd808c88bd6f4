"""Website chrome for blind set 31: each contract is the main content of a public body's web page.

page(c) returns the whole HTML page (cookie banner, skip link, header, navigation, breadcrumbs,
"On this page" list, the contract in <main><article class="contract">, feedback widget, related
links, footer). Everything outside <article class="contract"> is page furniture, not contract text.
"""
import html as _html

BASE_CSS = """
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10.5pt;line-height:1.45;color:#1b1b1b;margin:0}
a{color:#1d4f91}
.skip{position:absolute;left:-999px}
.cookie{background:#f3f2f1;border-bottom:2px solid #888;padding:6px 14px;font-size:9pt}
.cookie button{margin-right:6px}
header.site{background:#18364f;color:#fff;padding:8px 14px}
header.site a{color:#fff}
header.site .brand{font-size:14pt;font-weight:bold}
nav.primary ul{list-style:none;margin:4px 0 0;padding:0}
nav.primary li{display:inline;margin-right:12px;font-size:9pt}
.search{font-size:9pt;float:right}
.crumbs{font-size:8.5pt;padding:6px 14px;color:#444}
.crumbs ol{list-style:none;margin:0;padding:0}.crumbs li{display:inline}
.crumbs li+li:before{content:" > "}
.wrap{padding:0 14px}
.toc{border-left:4px solid #1d4f91;padding:2px 10px;margin:8px 0;font-size:9pt}
.toc h2{font-size:10pt;margin:2px 0}
.meta{font-size:8.5pt;color:#555}
article.contract h1{font-size:17pt;margin:8px 0 4px}
article.contract h2{font-size:13pt;margin:14px 0 4px}
article.contract h3{font-size:11pt;margin:10px 0 3px}
article.contract h4{font-size:10.5pt;margin:8px 0 2px}
article.contract p{margin:4px 0}
table.obl{border-collapse:collapse;width:100%;margin:6px 0;font-size:9.5pt}
table.obl th,table.obl td{border:1px solid #777;padding:3px 5px;vertical-align:top;text-align:left}
table.obl th{background:#e8e8e8}
dl.defs dt{font-weight:bold;margin-top:4px}
dl.defs dd{margin:0 0 2px 18px}
details{border:1px solid #bbb;padding:3px 8px;margin:6px 0}
summary{font-weight:bold}
.fn{font-size:8.5pt;border-top:1px solid #999;margin-top:10px}
aside.sidebar{float:right;width:34%;margin:0 0 8px 12px;padding:6px 8px;background:#eef3f8;font-size:9pt}
.feedback{border:1px solid #999;padding:6px 10px;margin:16px 0 8px;font-size:9pt}
.related{font-size:9pt}
footer.site{background:#2b2b2b;color:#eee;padding:8px 14px;font-size:8.5pt;margin-top:12px}
footer.site a{color:#eee}
footer.site ul{list-style:none;padding:0;margin:2px 0}
footer.site li{display:inline;margin-right:10px}
table.printwrap{width:100%;border-collapse:collapse}
table.printwrap>tbody>tr>td{padding:0}
thead.printhead{display:none}
@media print{thead.printhead{display:table-header-group}
thead.printhead td{font-size:8pt;color:#333;border-bottom:1.5px solid #1d4f91;padding:0 0 3px}
.cookie button,.search{display:none}}
"""


def esc(s):
    return _html.escape(s, quote=True)


def page(c):
    s = c["site"]
    nav = "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in s["nav"])
    crumbs = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in s["crumbs"])
    toc = ""
    if c.get("toc"):
        items = "".join(f'<li><a href="#{a}">{esc(t)}</a></li>' for a, t in c["toc"])
        toc = f'<nav class="toc" aria-label="On this page"><h2>On this page</h2><ul>{items}</ul></nav>'
    related = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in s["related"])
    foot = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in s["footer"])
    extra_css = c.get("css", "")
    print_header = c.get("print_header", "")
    sidebar = c.get("sidebar", "")
    inner = f"""{print_header}<a class="skip" href="#main">Skip to main content</a>
<div class="cookie" role="region" aria-label="Cookie banner"><strong>{esc(s['cookie'])}</strong> <button type="button">Accept additional cookies</button><button type="button">Reject additional cookies</button> <a href="#">View cookies</a></div>
<header class="site"><div class="search">Search this site</div><div class="brand"><a href="#">{esc(s['name'])}</a></div>
<nav class="primary" aria-label="Main menu"><ul>{nav}</ul></nav></header>
<nav class="crumbs" aria-label="Breadcrumb"><ol>{crumbs}</ol></nav>
<div class="wrap">
<main id="main">
{toc}
{sidebar}
<article class="contract">
{c['body']}
</article>
<p class="meta">{esc(s['updated'])}</p>
<section class="feedback" aria-label="Page feedback"><p><strong>Was this page helpful?</strong> Yes / No</p><p><a href="#">Report a problem with this page</a></p></section>
<section class="related" aria-label="Related pages"><h2>Related pages</h2><ul>{related}</ul></section>
</main>
</div>
<footer class="site"><ul>{foot}</ul><p>{esc(s['copyright'])}</p></footer>
"""
    if c.get("thead_header"):
        # the site's own print header, repeated on every printed page as a table header group
        inner = (f'<table class="printwrap" role="presentation"><thead class="printhead"><tr><td>'
                 f'{c["thead_header"]}</td></tr></thead><tbody><tr><td>{inner}</td></tr></tbody></table>')
    return f"""<!DOCTYPE html>
<html lang="{s.get('lang', 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(c['title'])} | {esc(s['name'])}</title>
<style>{BASE_CSS}{extra_css}</style>
</head>
<body>
{inner}</body>
</html>
"""
