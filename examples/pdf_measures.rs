//! Prints, for each PDF, what probity's PDF limits measure: the largest page's inflated
//! content and its token count (`read::pdf::content_tokens`, the measure `MAX_PAGE_TOKENS`
//! bounds), the whole file's content, and its object count (`MAX_OBJECTS`). Used to set
//! those limits against real files.
//! `cargo run --release --example pdf_measures -- FILE.pdf...`
fn main() {
    println!("largest page content (bytes)\ttokens\tpage\tall content (bytes)\tobjects\tfile");
    for path in std::env::args().skip(1) {
        let doc = match lopdf::Document::load(&path) {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let (mut largest, mut tokens, mut page, mut total) = (0, 0, 0, 0);
        for (number, id) in doc.get_pages() {
            let content = doc.get_page_content(id).unwrap_or_default();
            total += content.len();
            if content.len() > largest {
                largest = content.len();
                page = number;
                tokens = probity::read::pdf::content_tokens(&content);
            }
        }
        let objects = doc.objects.len();
        println!("{largest}\t{tokens}\t{page}\t{total}\t{objects}\t{path}");
    }
}
