using System.Text;
using Supervision.Acts;
using Supervision.Generation;
using Supervision.Rendering.Pdf;
using Supervision.Templating;

namespace Supervision.Cli.Commands;

/// <summary>
/// render FILE --format docx|html|pdf|markup|text --out PATH|- [--variant court-copy] [--db CONN]. Without
/// --db the act is worded by the templates shipped in the program; with it, by the register's live
/// versions, as the service renders.
/// </summary>
internal sealed class RenderCommand : ICommand
{
    public string Name => "render";

    public string Usage => "render FILE --format docx|html|pdf|markup|text [--out PATH|-] [--variant full|court-copy] [--db CONN]";

    public string Summary => "validates an act and writes it as a document; markup and text go to the terminal when --out is not given, any format to standard output with --out - (a pipe or a file, not a terminal); "
        + "with --db, worded by the register's live templates (the shipped ones otherwise)";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var file = arguments.Positional(0, "FILE (the act's JSON)");
        var formatName = arguments.Option("format") ?? throw new UsageException("--format is required");
        var outPath = arguments.Option("out");
        var variant = arguments.Option("variant", TemplateRenderer.FullVariant)!;
        var connection = arguments.Option("db");
        arguments.EnsureAllRead(positionalCount: 1);

        if (!EnumNames.TryParse<OutputFormat>(formatName, out var format))
        {
            throw new UsageException($"--format '{formatName}' is not one of: {string.Join(", ", EnumNames.All<OutputFormat>())}");
        }

        if (outPath is null && !format.IsText())
        {
            throw new UsageException($"--out PATH is required for {formatName}");
        }

        if (format == OutputFormat.Pdf)
        {
            // Fail before any work, naming the package to install, when no font carries the Kazakh letters.
            PdfFonts.EnsureAvailable();
        }

        if (ActFile.Read(file, error) is not { } act)
        {
            return CommandLine.BadInput;
        }

        if (connection is null)
        {
            return Write(ActGenerator.Default.Render(act, format, variant), format, outPath, output, error);
        }

        return RegisterDatabase.Run(RegisterTarget.Of(arguments, connection), error, async register =>
        {
            var live = await register.LiveTemplatesAsync();
            return Write(ActGenerator.Over(live.Set).Render(act, format, variant), format, outPath, output, error);
        });
    }

    private static int Write(RenderResult result, OutputFormat format, string? outPath, TextWriter output, TextWriter error)
    {
        switch (result)
        {
            case RenderResult.Invalid invalid:
                foreach (var problem in invalid.Errors)
                {
                    output.WriteLine(problem);
                }

                return CommandLine.Invalid;
            case RenderResult.Refused refused:
                error.WriteLine($"error: {refused.Message}");
                return CommandLine.BadInput;
            case RenderResult.Document document when outPath is null || (DocumentOut.IsStandardOutput(outPath) && format.IsText()):
                output.Write(Encoding.UTF8.GetString(document.Content));
                return CommandLine.Ok;
            case RenderResult.Document document when DocumentOut.IsStandardOutput(outPath):
                DocumentOut.Write(outPath, document.Content, output, $"the {EnumNames.Of(format).ToUpperInvariant()}");
                return CommandLine.Ok;
            case RenderResult.Document document:
                AtomicFile.Write(outPath, document.Content);
                output.WriteLine(outPath);
                return CommandLine.Ok;
            default:
                throw new InvalidOperationException($"Unexpected result {result.GetType().Name}.");
        }
    }
}
