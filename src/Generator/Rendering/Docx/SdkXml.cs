using System.Text;
using DocumentFormat.OpenXml;

namespace Supervision.Rendering.Docx;

/// <summary>The bytes of a part built once with the Open XML SDK's typed classes, with the XML declaration.</summary>
internal static class SdkXml
{
    private const string Declaration = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""";

    public static byte[] Bytes(OpenXmlElement root) => Encoding.UTF8.GetBytes(Declaration + "\n" + root.OuterXml);
}
