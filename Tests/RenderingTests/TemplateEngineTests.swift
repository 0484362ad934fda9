import Foundation
@testable import Rendering
import Source
import Testing

/// The template engine on its own: Mustache's rules as gen's templates rely on them, and the errors for what it
/// refuses, with their text and position.
@Suite("Rendering: the template engine")
struct TemplateEngineTests {
    /// A context with one value of each kind.
    struct Sample: TemplateObject {
        var name = "Pet"
        var flag = true
        var off = false
        var lines = ["a", "b"]
        var none: [String] = []
        var items: [Item] = [Item(label: "x"), Item(label: "y")]
        var item = Item(label: "z")

        func child(named key: String) -> TemplateValue? {
            switch key {
            case "name": .init(name)
            case "flag": .init(flag)
            case "off": .init(off)
            case "lines": .init(lines)
            case "none": .init(none)
            case "items": .init(items)
            case "item": .init(item)
            default: nil
            }
        }
    }

    struct Item: TemplateObject {
        var label: String
        func child(named key: String) -> TemplateValue? { key == "label" ? .init(label) : nil }
    }

    static let partialNames: Set<String> = ["main", "line", "block"]

    func render(_ text: String, partials: [String: String] = [:], _ value: some TemplateObject = Sample()) throws -> String {
        var templates = ["main": try Template.parse(text, partials: Self.partialNames)]
        for (name, partial) in partials { templates[name] = try Template.parse(partial, partials: Self.partialNames) }
        return String(decoding: try TemplateRendering.renderBytes("main", templates: templates, value: .init(value)), as: UTF8.self)
    }

    func parseError(_ text: String) -> String {
        do {
            _ = try Template.parse(text, partials: Self.partialNames)
            return "parsed"
        } catch {
            return "\(error.mark.line):\(error.mark.column): \(error.message)"
        }
    }

    func renderError(_ text: String) -> String {
        do {
            return "rendered " + (try render(text))
        } catch let error as TemplateRenderError {
            return "\(error.template) \(error.mark.line):\(error.mark.column): \(error.message)"
        } catch {
            return "\(error)"
        }
    }

    @Test func variablesAndSectionsPlaceTheirValues() throws {
        #expect(try render("{{name}} {{{name}}} {{&name}} {{flag}}") == "Pet Pet Pet true")
        #expect(try render("{{#lines}}[{{.}}]{{/lines}}") == "[a][b]")
        #expect(try render("{{#items}}{{label}}{{name}};{{/items}}") == "xPet;yPet;", "a key climbs to the enclosing context")
        #expect(try render("{{#item}}{{label}}{{/item}} {{item.label}}") == "z z")
        #expect(try render("{{#flag}}on{{/flag}}{{#off}}never{{/off}}{{^off}}!{{/off}}") == "on!")
        #expect(try render("{{^none}}empty{{/none}}{{^lines}}never{{/lines}}{{#none}}never{{/none}}") == "empty")
        #expect(try render("{{#name}}({{.}}){{/name}}{{^name}}never{{/name}}") == "(Pet)", "text opens as the current value")
        #expect(try render("{{! a comment }}a{{=<% %>=}}<% name %>{{name}}") == "aPet{{name}}")
    }

    @Test func standaloneTagsTakeTheirLineWithThem() throws {
        #expect(try render("begin\n  {{#lines}}\n  - {{.}}\n  {{/lines}}\n  {{! note }}\nend\n") == "begin\n  - a\n  - b\nend\n")
        #expect(try render("{{% CONTENT_TYPE: TEXT}}\nfirst\r\n{{#flag}}\r\nsecond\r\n{{/flag}}\r\n") == "first\r\nsecond\r\n")
        #expect(try render("a {{#flag}}\nb\n{{/flag}} c") == "a \nb\n c", "a tag that shares its line keeps it")
    }

    @Test func aStandalonePartialIsIndentedBySpacesBeforeIt() throws {
        let partials = ["line": "one\ntwo {{name}}\n", "block": "{\n  {{> line}}\n}\n"]
        #expect(try render("  {{> line}}\nend\n", partials: partials) == "  one\n  two Pet\nend\n")
        #expect(try render("    {{> block}}\n", partials: partials) == "    {\n      one\n      two Pet\n    }\n", "indentation adds up")
        #expect(try render("x {{> line}}", partials: partials) == "x one\ntwo Pet\n", "an inline partial is not indented")
        #expect(
            try render("  {{> block}}\n", partials: ["block": "{{#lines}}{{.}}\n\n{{/lines}}"]) == "  a\n\n  b\n\n",
            "every line of every iteration is indented, and an empty line stays empty")
        #expect(try render("  {{> line}}\n", partials: ["line": "{{{label}}}\n"], Item(label: "x\ny")) == "  x\n  y\n", "so is a value's")
    }

    /// A declaration nested in another is the `type` partial including itself, one level in each time.
    @Test func aPartialThatIncludesItselfIndentsEachLevelOnceMore() throws {
        struct Tree: TemplateObject {
            var label: String
            var children: [Tree] = []
            func child(named key: String) -> TemplateValue? {
                switch key {
                case "label": .init(label)
                case "children": .init(children)
                default: nil
                }
            }
        }
        let tree = Tree(label: "a", children: [Tree(label: "b", children: [Tree(label: "c")]), Tree(label: "d")])
        let block = "{{label}} {\n{{#children}}\n\n    {{> block}}\n{{/children}}\n}\n"
        #expect(try render("{{> block}}\n", partials: ["block": block], tree) == "a {\n\n    b {\n\n        c {\n        }\n    }\n\n    d {\n    }\n}\n")
    }

    @Test func aTemplateThatDoesNotParseIsReportedAtItsTag() {
        #expect(parseError("one\n  {{#lines}}\n") == "2:3: template does not parse: section 'lines' is not closed: no '{{/lines}}' follows")
        #expect(parseError("{{#lines}}{{/items}}") == "1:11: template does not parse: '{{/items}}' closes section 'lines', opened at 1:1")
        #expect(parseError("x{{/lines}}") == "1:2: template does not parse: '{{/lines}}' closes no section")
        #expect(parseError("é{{uppercased(name)}}") == "1:2: template does not parse: 'uppercased(…)': transforms are not supported; the context holds final text")
        #expect(parseError("{{<main}}{{/main}}") == "1:1: template does not parse: template inheritance ('{{<' and '{{$') is not supported")
        #expect(parseError("{{>*name}}") == "1:1: template does not parse: dynamic partials ('{{>*name}}') are not supported; name the partial")
        #expect(parseError("{{> lines}}") == "1:1: unknown partial 'lines'; partials are the template names: block, line, main")
        #expect(parseError("{{% CONTENT_TYPE: HTML}}") == "1:1: template does not parse: 'CONTENT_TYPE: HTML' is not a setting gen knows; it renders text as it is ('CONTENT_TYPE: TEXT')")
        #expect(parseError("{{name") == "1:1: template does not parse: the tag 'name' is not closed by '}}'")
        #expect(parseError("{{{name}}") == "1:1: template does not parse: '{{{name' has no closing '}}}'")
        #expect(parseError("{{a..b}}") == "1:1: template does not parse: 'a..b' is not a key: keys are names joined by single dots")
        #expect(parseError("{{! never closed") == "1:1: template does not parse: the comment is not closed")
        #expect(parseError(String(repeating: "{{#flag}}", count: 65)) == "1:577: template does not parse: sections nest more than 64 deep")
    }

    /// Mustache renders a key it cannot find as nothing, which would drop a misspelt `{{nmae}}` silently.
    @Test func aKeyNoContextHasIsAnErrorAtItsTag() {
        #expect(renderError("ok\n  {{nmae}}") == "main 2:3: no context here has the key 'nmae'; Templates/Context.md lists the keys of each context")
        #expect(renderError("{{#items}}{{.label}}{{.name}}{{/items}}") == "main 1:21: no context here has the key '.name'; Templates/Context.md lists the keys of each context")
        #expect(renderError("{{lines}}") == "main 1:1: 'lines' is a list; write it as a section, {{#lines}}…{{/lines}}")
        #expect(renderError("{{item}}") == "main 1:1: 'item' is a context, not text; open it as a section, {{#item}}…{{/item}}")
    }

    /// A partial that includes itself would recurse until the stack overflows.
    @Test func aPartialThatIncludesItselfIsAnErrorNotACrash() throws {
        var templates = ["main": try Template.parse("a\n  {{> line}}\n", partials: Self.partialNames)]
        templates["line"] = try Template.parse("x {{> block}}", partials: Self.partialNames)
        templates["block"] = try Template.parse("{{#flag}}{{> line}}{{/flag}}", partials: Self.partialNames)
        do {
            _ = try TemplateRendering.renderBytes("main", templates: templates, value: .init(Sample()))
            Issue.record("expected the recursion to be refused")
        } catch {
            #expect("\(error.template) \(error.mark.line):\(error.mark.column): \(error.message)"
                == "block 1:10: partials nest more than 256 deep here: 'line' includes itself, directly or through another")
        }
    }
}
