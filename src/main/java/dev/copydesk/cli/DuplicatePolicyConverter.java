package dev.copydesk.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --duplicates flag|drop-exact}. */
final class DuplicatePolicyConverter implements ITypeConverter<IngestCommand.DuplicatePolicy> {

  @Override
  public IngestCommand.DuplicatePolicy convert(String value) {
    return switch (value) {
      case "flag" -> IngestCommand.DuplicatePolicy.flag;
      case "drop-exact" -> IngestCommand.DuplicatePolicy.drop_exact;
      default ->
          throw new TypeConversionException(
              "expected 'flag' or 'drop-exact' but was '" + value + "'");
    };
  }
}
