// The build passed (invoker checks that); here: what it said and what it wrote. One note: the
// draft under notes/scratch/ is left out, as the .gitignore of prebuild.groovy says.
def log = new File(basedir, 'build.log').text
assert log.contains('jingdu:lint: 0 errors, 0 warnings in 1 file')
assert log.contains('jingdu:convert: 1 note to json, epub, html')
assert new File(basedir, 'target/jingdu-lint.sarif').text.contains('"version" : "2.1.0"')
assert new File(basedir, 'target/jingdu/notes/a.json').text.contains('"format" : "jingdu-notes"')
assert new File(basedir, 'target/jingdu/notes.epub').length() > 0
def site = new File(basedir, 'target/jingdu/site')
assert new File(site, 'index.html').text.contains('<meta name="generator" content="Jingdu">')
def pages = new File(site, 'notes').list()
assert pages.length == 1 && pages[0].endsWith('a.html')
assert new File(site, 'site.js').length() > 0 && new File(site, 'glossary.html').length() > 0
