namespace Supervision.Rendering.Pdf.Fonts;

/// <summary>No configured font carries every character the acts print; the message names the package to install.</summary>
public sealed class FontsUnavailableException(string message) : InvalidOperationException(message);
