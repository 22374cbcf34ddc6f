-- Pandoc filter for the editable bundle documents (DOCX and ODT).
-- A div of class "oer-page-break" becomes a page break; a custom paragraph style gets
-- the name OpenDocument gives it ("Writing Line" is stored as "Writing_20_Line").

function Div(div)
  if div.classes:includes("oer-page-break") then
    if FORMAT == "docx" then
      return pandoc.RawBlock("openxml", '<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    end
    return pandoc.RawBlock("opendocument", '<text:p text:style-name="Page_20_Break"/>')
  end
  local style = div.attributes["custom-style"]
  if style and FORMAT == "odt" then
    div.attributes["custom-style"] = style:gsub(" ", "_20_")
    return div
  end
end
